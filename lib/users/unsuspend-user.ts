import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { findTargetUser } from "@/lib/users/find-target-user";

/** Lifts a suspension; the user signs in again (their old sessions stay ended). */
export async function unsuspendUser(actor: Actor | null, userId: string): Promise<void> {
  authorize(actor, "user:suspend", { id: userId });
  await db.$transaction(async (tx) => {
    const user = await findTargetUser(tx, userId);
    if (user.role !== "WRITER" && actor.role !== "ADMIN")
      throw new AppError(
        "FORBIDDEN",
        "Hanya admin yang dapat mengaktifkan kembali editor atau admin.",
      );
    if (!user.suspendedAt)
      throw new AppError("CONFLICT", `${user.displayName} tidak sedang dinonaktifkan.`);
    const { count } = await tx.user.updateMany({
      where: { id: userId, suspendedAt: user.suspendedAt },
      data: { suspendedAt: null },
    });
    if (count === 0)
      throw new AppError("CONFLICT", "Akun ini baru saja diubah orang lain. Muat ulang halaman.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.unsuspend",
      targetType: "User",
      targetId: userId,
      before: { suspendedAt: user.suspendedAt.toISOString() },
      after: { suspendedAt: null },
    });
  });
}
