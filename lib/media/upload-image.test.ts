import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { LocalDiskStorage } from "@/lib/media/local-disk-storage";
import { MEDIA_KEY_PATTERN } from "@/lib/media/media-key";
import { getMediaStorage, setMediaStorage } from "@/lib/media/storage";
import { pngClaiming, phoneJpeg, solid } from "@/lib/media/test-images";
import { uploadImage } from "@/lib/media/upload-image";
import { mediaVariantUrl } from "@/lib/media/variant-url";
import { createUser, resetDatabase } from "@/test/factories";

let mediaDir = "";
let writer: Actor;

beforeAll(async () => {
  mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), "warta-media-"));
  setMediaStorage(new LocalDiskStorage(mediaDir));
});
afterAll(async () => {
  setMediaStorage(null);
  await fs.rm(mediaDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await resetDatabase();
  writer = await createUser();
});

const keyOf = (url: string) => url.replace(/^\/media\//, "");

async function stored(url: string) {
  const data = await getMediaStorage().get(keyOf(url));
  if (!data) throw new Error(`nothing stored for ${url}`);
  return { data, metadata: await sharp(data).metadata() };
}

describe("uploadImage", () => {
  it("re-encodes a PNG to WebP at 1200, 800 and 400 px and records the largest", async () => {
    const image = await uploadImage(writer, {
      bytes: await solid(1600, 900, "png"),
      purpose: "hero",
    });
    expect(image).toMatchObject({ width: 1200, height: 675 });
    expect(image.url).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{16}-1200\.webp$/);
    expect(keyOf(image.url)).toMatch(MEDIA_KEY_PATTERN);
    for (const [width, height] of [
      [1200, 675],
      [800, 450],
      [400, 225],
    ]) {
      const { metadata } = await stored(mediaVariantUrl(image.url, width));
      expect(metadata).toMatchObject({ format: "webp", width, height });
    }
    const row = await db.media.findUniqueOrThrow({ where: { id: image.id } });
    expect(row).toMatchObject({
      ownerId: writer.id,
      key: keyOf(image.url),
      width: 1200,
      height: 675,
    });
    expect(row.bytes).toBeGreaterThan(0);
  });

  it("turns a phone JPEG upright and drops EXIF, GPS, XMP and ICC", async () => {
    const original = await phoneJpeg(1000, 500);
    const before = await sharp(original).metadata();
    expect(before.exif).toBeDefined();
    // The GPS IFD pointer (tag 0x8825) is there before the upload, in either byte order.
    expect(
      before.exif?.includes(Buffer.from([0x88, 0x25])) ||
        before.exif?.includes(Buffer.from([0x25, 0x88])),
    ).toBe(true);

    const image = await uploadImage(writer, { bytes: original, purpose: "body" });
    // Orientation 6 means the 1000x500 pixels are shown as 500x1000: never enlarged past 500 wide.
    expect(image).toMatchObject({ width: 500, height: 1000 });
    for (const width of [1200, 800, 400]) {
      const { data, metadata } = await stored(mediaVariantUrl(image.url, width));
      expect(metadata.format).toBe("webp");
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.icc).toBeUndefined();
      expect(metadata.iptc).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
      expect(data.includes(Buffer.from("WartaCam"))).toBe(false);
    }
    expect((await stored(mediaVariantUrl(image.url, 400))).metadata).toMatchObject({
      width: 400,
      height: 800,
    });
  });

  it("crops avatars square at 256 and 96 px", async () => {
    const image = await uploadImage(writer, {
      bytes: await solid(600, 400, "webp"),
      purpose: "avatar",
    });
    expect(image).toMatchObject({ width: 256, height: 256 });
    expect(image.url).toMatch(/-256\.webp$/);
    expect((await stored(mediaVariantUrl(image.url, 96))).metadata).toMatchObject({
      width: 96,
      height: 96,
    });
  });

  it("keeps a small avatar small but square", async () => {
    const image = await uploadImage(writer, {
      bytes: await solid(120, 80, "jpeg"),
      purpose: "avatar",
    });
    expect(image).toMatchObject({ width: 80, height: 80 });
    expect((await stored(mediaVariantUrl(image.url, 96))).metadata).toMatchObject({
      width: 80,
      height: 80,
    });
  });

  it("keeps transparency and reads grayscale and 16-bit PNGs", async () => {
    const transparent = await sharp({
      create: { width: 900, height: 600, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const image = await uploadImage(writer, { bytes: transparent, purpose: "body" });
    expect((await stored(mediaVariantUrl(image.url, 400))).metadata).toMatchObject({
      width: 400,
      height: 267,
      hasAlpha: true,
    });

    const gray = await sharp({
      create: { width: 500, height: 500, channels: 3, background: "#777" },
    })
      .greyscale()
      .png()
      .toBuffer();
    const deep = await sharp({
      create: { width: 500, height: 500, channels: 3, background: "#345" },
    })
      .toColourspace("rgb16")
      .png()
      .toBuffer();
    for (const bytes of [gray, deep]) {
      const uploaded = await uploadImage(writer, { bytes, purpose: "avatar" });
      expect((await stored(mediaVariantUrl(uploaded.url, 96))).metadata).toMatchObject({
        format: "webp",
        width: 96,
        height: 96,
      });
    }
  });

  it("accepts AVIF", async () => {
    const image = await uploadImage(writer, {
      bytes: await solid(640, 480, "avif"),
      purpose: "body",
    });
    expect(image).toMatchObject({ width: 640, height: 480 });
  });

  it("refuses a shell script renamed .jpg", async () => {
    await expect(
      uploadImage(writer, { bytes: Buffer.from("#!/bin/sh\necho hi\n"), purpose: "body" }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: "Format tidak didukung. Gunakan JPEG, PNG, WebP, atau AVIF.",
    });
  });

  it("refuses HTML whatever it was declared as", async () => {
    const html = Buffer.from(
      "<!doctype html><html><body><script>alert(document.cookie)</script></body></html>",
    );
    await expect(uploadImage(writer, { bytes: html, purpose: "hero" })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("Format tidak didukung"),
    });
  });

  it("refuses more than 10 MB before looking at the bytes", async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    (await solid(8, 8, "png")).copy(big);
    await expect(uploadImage(writer, { bytes: big, purpose: "hero" })).rejects.toMatchObject({
      code: "INVALID",
      message: "Ukuran gambar maksimal 10 MB.",
    });
  });

  it("refuses an image that claims more than 40 megapixels", async () => {
    await expect(
      uploadImage(writer, { bytes: await pngClaiming(8000, 6000), purpose: "hero" }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("40 megapiksel"),
    });
  });

  it("refuses an image with the right signature that cannot be decoded", async () => {
    const png = await solid(300, 200, "png");
    const truncated = png.subarray(0, png.length - 30);
    const garbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    for (const bytes of [truncated, garbage]) {
      await expect(uploadImage(writer, { bytes, purpose: "body" })).rejects.toMatchObject({
        code: "INVALID",
        message: expect.stringContaining("tidak dapat dibaca"),
      });
    }
  });

  it("refuses anonymous and suspended uploaders, and stores nothing for refusals", async () => {
    const bytes = await solid(50, 50, "png");
    await expect(uploadImage(null, { bytes, purpose: "body" })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(
      uploadImage({ ...writer, suspendedAt: new Date() }, { bytes, purpose: "body" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.media.count()).toBe(0);
  });

  it("removes the stored files when the row cannot be written", async () => {
    const ghost: Actor = { ...writer, id: "pengguna-yang-tidak-ada" };
    const before = await fs.readdir(mediaDir, { recursive: true });
    await expect(
      uploadImage(ghost, { bytes: await solid(50, 50, "png"), purpose: "body" }),
    ).rejects.toThrow();
    const after = (await fs.readdir(mediaDir, { recursive: true })).filter((entry) =>
      entry.endsWith(".webp"),
    );
    expect(after).toEqual(before.filter((entry) => entry.endsWith(".webp")));
  });
});
