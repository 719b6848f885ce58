import "server-only";
import type { TxClient } from "@/lib/db-tx";
import { AppError } from "@/lib/errors";

/**
 * Refuses to take `userId` out of the active admins (demotion, suspension) when no other active
 * admin would remain. Runs inside the caller's transaction and locks every active admin's row
 * first (FOR UPDATE, in id order): two admins demoting each other at once are serialised here, and
 * the second sees the first's change (READ COMMITTED re-checks the locked rows), so 2 admins can
 * never become 0.
 */
export async function keepAnAdmin(tx: TxClient, userId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND "suspendedAt" IS NULL ORDER BY id FOR UPDATE`;
  if (!admins.some((admin) => admin.id === userId)) return;
  if (admins.length <= 1)
    throw new AppError(
      "CONFLICT",
      "Ini admin terakhir yang aktif. Jadikan orang lain admin terlebih dahulu.",
    );
}
