import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import { findTargetUser } from "@/lib/users/find-target-user";
import { startJobs } from "@/lib/jobs/run-jobs";
import { notify } from "@/lib/notifications/notify";

/**
 * Grants Verified Writer. The badge is read from the writer's tier on every article page, so the
 * caller must revalidate the returned tags at once (expire 0) for readers to see it.
 */
export async function verifyWriter(
  actor: Actor | null,
  userId: string,
): Promise<{ tags: string[] }> {
  authorize(actor, "writer:verify", { id: userId });
  const email = await db.$transaction(async (tx) => {
    const user = await findTargetUser(tx, userId);
    if (user.suspendedAt)
      throw new AppError(
        "CONFLICT",
        "Akun ini sedang dinonaktifkan. Aktifkan kembali sebelum memverifikasi.",
      );
    if (user.tier === "VERIFIED")
      throw new AppError("CONFLICT", `${user.displayName} sudah Verified Writer.`);
    const verifiedAt = new Date();
    // Guarded by the tier read above: of two editors pressing at once, only one records the grant.
    const { count } = await tx.user.updateMany({
      where: { id: userId, tier: user.tier, suspendedAt: null },
      data: { tier: "VERIFIED", verifiedAt, verifiedById: actor.id },
    });
    if (count === 0)
      throw new AppError("CONFLICT", "Akun ini baru saja diubah orang lain. Muat ulang halaman.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.verify",
      targetType: "User",
      targetId: userId,
      before: { tier: user.tier },
      after: { tier: "VERIFIED", verifiedAt: verifiedAt.toISOString(), verifiedById: actor.id },
    });
    return notify(tx, { userId, type: "writer.verified", data: {} });
  });
  startJobs([email?.jobId]);
  return { tags: [tags.articles, tags.writer(userId)] };
}
