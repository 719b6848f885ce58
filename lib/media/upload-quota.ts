import "server-only";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Per account and rolling 24 hours: far above a writer's real use, far below filling a disk. */
export const UPLOADS_PER_DAY = 60;
export const UPLOAD_BYTES_PER_DAY = 300 * 1024 * 1024;

/**
 * Refuses (TOO_MANY_REQUESTS) an upload past the account's daily quota: uploads are stored for
 * good, so a signed-in account must not be able to fill the disk. Counted from the Media rows
 * themselves (what was stored), so a refused upload costs nothing.
 */
export async function checkUploadQuota(actor: Actor): Promise<void> {
  const since = new Date(Date.now() - 24 * 3600 * 1000);
  const used = await db.media.aggregate({
    where: { ownerId: actor.id, createdAt: { gte: since } },
    _count: { _all: true },
    _sum: { bytes: true },
  });
  if (used._count._all >= UPLOADS_PER_DAY || (used._sum.bytes ?? 0) >= UPLOAD_BYTES_PER_DAY)
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `Batas unggahan harian tercapai (${UPLOADS_PER_DAY} gambar per 24 jam). Coba lagi besok.`,
      { retryAfterSeconds: 3600 },
    );
}
