import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { LocalDiskStorage } from "@/lib/media/local-disk-storage";
import { setMediaStorage } from "@/lib/media/storage";
import { solid } from "@/lib/media/test-images";
import { uploadImage } from "@/lib/media/upload-image";
import { UPLOADS_PER_DAY } from "@/lib/media/upload-quota";
import { RESET_ANSWER_MIN_MS, requestPasswordReset } from "@/lib/users/request-password-reset";
import { createUser, resetDatabase, uniqueSuffix } from "@/test/factories";
import { asActor } from "@/test/review-fixtures";

let mediaDir = "";
beforeAll(async () => {
  mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), "warta-media-"));
  setMediaStorage(new LocalDiskStorage(mediaDir));
});
afterAll(async () => {
  setMediaStorage(null);
  await fs.rm(mediaDir, { recursive: true, force: true });
});
beforeEach(resetDatabase);

describe("password reset timing", { timeout: 60_000 }, () => {
  it("takes as long for an unknown address as for a known one", async () => {
    await createUser({ email: "ada@example.test" });
    const time = async (email: string, ip: string) => {
      const started = performance.now();
      await requestPasswordReset({ email }, { ip });
      return performance.now() - started;
    };
    // Alternating samples, compared by median, so a busy machine slows both sides alike.
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time("ada@example.test", `198.51.100.${i + 1}`));
      unknown.push(await time(`tidak-ada-${uniqueSuffix()}@example.test`, `198.51.100.${i + 11}`));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1];
    for (const sample of [...known, ...unknown])
      expect(sample).toBeGreaterThanOrEqual(RESET_ANSWER_MIN_MS - 5);
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(RESET_ANSWER_MIN_MS / 2);
    expect(await db.outboxEmail.count()).toBe(3);
  });
});

describe("uploads", () => {
  it("need a verified email address", async () => {
    const unverified = asActor(await createUser({ emailVerifiedAt: null }));
    const bytes = await solid(40, 40, "png");
    await expect(uploadImage(unverified, { bytes, purpose: "body" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      details: { reason: "EMAIL_UNVERIFIED" },
    });
    expect(await db.media.count()).toBe(0);
  });

  it("stop at the daily quota per account", async () => {
    const writer = asActor(await createUser());
    await db.media.createMany({
      data: Array.from({ length: UPLOADS_PER_DAY }, (_, i) => ({
        ownerId: writer.id,
        key: `2026/12/quota${i}-${uniqueSuffix()}-1200.webp`,
        width: 10,
        height: 10,
        bytes: 100,
      })),
    });
    const bytes = await solid(40, 40, "png");
    await expect(uploadImage(writer, { bytes, purpose: "body" })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
    // Yesterday's uploads no longer count.
    await db.media.updateMany({
      where: { ownerId: writer.id },
      data: { createdAt: new Date(Date.now() - 25 * 3600 * 1000) },
    });
    await expect(uploadImage(writer, { bytes, purpose: "body" })).resolves.toMatchObject({
      width: 40,
    });
  });
});
