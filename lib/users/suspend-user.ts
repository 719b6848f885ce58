import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { findTargetUser } from "@/lib/users/find-target-user";
import { endAllSessions } from "@/lib/users/end-all-sessions";
import { keepAnAdmin } from "@/lib/users/keep-an-admin";

export const suspendUserSchema = z.object({
  userId: z.string().min(1).max(64),
  reason: z.string().trim().max(500, "Alasan maksimal 500 karakter.").default(""),
});
export type SuspendUserInput = z.input<typeof suspendUserSchema>;

/**
 * Suspends an account: every session ends at once (sessionVersion bump, same transaction) and
 * log-in is refused. Drafts and submissions are kept. Published work stays published under the
 * writer's byline, because editors approved each piece; an editor unpublishes a piece on its own
 * when it is the problem. Claims the user held on queue articles are released so nothing is stuck.
 * Staff (editors, admins) can be suspended by an admin only; the last active admin not at all.
 */
export async function suspendUser(actor: Actor | null, input: SuspendUserInput): Promise<void> {
  const { userId, reason } = suspendUserSchema.parse(input);
  authorize(actor, "user:suspend", { id: userId });
  await db.$transaction(async (tx) => {
    const user = await findTargetUser(tx, userId);
    if (user.role !== "WRITER" && actor.role !== "ADMIN")
      throw new AppError("FORBIDDEN", "Hanya admin yang dapat menonaktifkan editor atau admin.");
    if (user.suspendedAt)
      throw new AppError("CONFLICT", `${user.displayName} sudah dinonaktifkan.`);
    await keepAnAdmin(tx, userId);
    const suspendedAt = new Date();
    const { count } = await tx.user.updateMany({
      where: { id: userId, suspendedAt: null },
      data: { suspendedAt },
    });
    if (count === 0)
      throw new AppError("CONFLICT", "Akun ini baru saja diubah orang lain. Muat ulang halaman.");
    const sessionVersion = await endAllSessions(tx, userId);
    await tx.article.updateMany({
      where: { claimedById: userId },
      data: { claimedById: null, claimedAt: null },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.suspend",
      targetType: "User",
      targetId: userId,
      before: { suspendedAt: null },
      after: {
        suspendedAt: suspendedAt.toISOString(),
        sessionVersion,
        ...(reason ? { reason } : {}),
      },
    });
  });
}
