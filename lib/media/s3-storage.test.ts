import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startS3 } from "@/scripts/cluster-parts.mjs";
import { S3Storage } from "@/lib/media/s3-storage";

// Against a real S3-compatible server (s3rver, started here), through @aws-sdk/client-s3.
let s3: Awaited<ReturnType<typeof startS3>>;
let storage: S3Storage;

beforeAll(async () => {
  s3 = await startS3({ port: await freePort(), bucket: "warta-test" });
  storage = new S3Storage({
    bucket: "warta-test",
    region: "us-east-1",
    endpoint: s3.env.S3_ENDPOINT,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
    prefix: "media/",
  });
});
afterAll(() => s3?.stop());

describe("S3Storage", () => {
  it("stores, reads back, replaces and deletes objects; a missing key is null", async () => {
    const key = "2026/12/0123456789abcdef-400.webp";
    await storage.put(key, Buffer.from("pertama"), "image/webp");
    expect((await storage.get(key))?.toString()).toBe("pertama");
    await storage.put(key, Buffer.from("kedua"), "image/webp");
    const read = await storage.get(key);
    expect(read?.toString()).toBe("kedua");
    // Its own buffer (usable as a Response body), not a view into a pooled one.
    expect(read?.byteOffset).toBe(0);
    expect(read?.buffer.byteLength).toBe(read?.length);
    await storage.delete(key);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    expect(await storage.get("2026/12/ffffffffffffffff-400.webp")).toBeNull();
  });

  it("keeps binary bytes intact", async () => {
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    await storage.put("2026/12/00000000000000ff-800.webp", bytes, "image/webp");
    expect((await storage.get("2026/12/00000000000000ff-800.webp"))?.equals(bytes)).toBe(true);
  });

  it("refuses keys that are not plain relative paths", async () => {
    for (const key of ["../x.webp", "a//b", "/abs.webp", "a/./b", "", "a b"]) {
      await expect(storage.get(key), key).rejects.toThrow(/Invalid media key/);
      await expect(storage.put(key, Buffer.from("x"), "image/webp"), key).rejects.toThrow();
    }
  });

  it("reports a store that is away as an error, not as a missing image", async () => {
    const away = new S3Storage({
      bucket: "warta-test",
      region: "us-east-1",
      endpoint: `http://127.0.0.1:${await freePort()}`,
      accessKeyId: "x",
      secretAccessKey: "y",
      forcePathStyle: true,
    });
    await expect(away.get("2026/12/0123456789abcdef-400.webp")).rejects.toThrow();
  });
});
