import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalDiskStorage } from "@/lib/media/local-disk-storage";
import type { MediaStorage } from "@/lib/media/storage";

let root = "";
let storage: MediaStorage;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "warta-media-disk-"));
  storage = new LocalDiskStorage(path.join(root, "media"));
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

describe("LocalDiskStorage", () => {
  it("creates folders on write, reads back, deletes, and answers null for missing keys", async () => {
    await storage.put("2026/05/0123456789abcdef-400.webp", Buffer.from("isi"), "image/webp");
    expect((await storage.get("2026/05/0123456789abcdef-400.webp"))?.toString()).toBe("isi");
    await storage.delete("2026/05/0123456789abcdef-400.webp");
    await storage.delete("2026/05/0123456789abcdef-400.webp");
    expect(await storage.get("2026/05/0123456789abcdef-400.webp")).toBeNull();
    expect(await storage.get("2026/05")).toBeNull();
  });

  it("refuses keys that could leave the root", async () => {
    await fs.writeFile(path.join(root, "secret.txt"), "rahasia");
    for (const key of [
      "../secret.txt",
      "a/../../secret.txt",
      "/etc/passwd",
      "a\\..\\secret.txt",
      "a/./b",
      "",
      "a//b",
      "a/b\0",
    ]) {
      await expect(storage.get(key), key).rejects.toThrow();
      await expect(storage.put(key, Buffer.from("x"), "image/webp"), key).rejects.toThrow();
    }
    expect(await fs.readFile(path.join(root, "secret.txt"), "utf8")).toBe("rahasia");
  });
});
