import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findOwnedMedia } from "@/lib/media/find-owned-media";
import { LocalDiskStorage } from "@/lib/media/local-disk-storage";
import { setMediaStorage } from "@/lib/media/storage";
import { solid } from "@/lib/media/test-images";
import { uploadImage } from "@/lib/media/upload-image";
import { createUser, resetDatabase } from "@/test/factories";

let mediaDir = "";

beforeAll(async () => {
  mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), "warta-media-"));
  setMediaStorage(new LocalDiskStorage(mediaDir));
});
afterAll(async () => {
  setMediaStorage(null);
  await fs.rm(mediaDir, { recursive: true, force: true });
});
beforeEach(() => resetDatabase());

describe("findOwnedMedia", () => {
  it("gives writers their own uploads, editors any, and nobody else anything", async () => {
    const owner = await createUser();
    const otherWriter = await createUser();
    const editor = await createUser({ role: "EDITOR" });
    const image = await uploadImage(owner, { bytes: await solid(300, 200), purpose: "hero" });

    expect(await findOwnedMedia(owner, image.id)).toEqual({ id: image.id, url: image.url });
    expect(await findOwnedMedia(editor, image.id)).toEqual({ id: image.id, url: image.url });
    await expect(findOwnedMedia(otherWriter, image.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(findOwnedMedia(owner, "tidak-ada")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findOwnedMedia(owner, "x".repeat(500))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(findOwnedMedia(null, image.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
