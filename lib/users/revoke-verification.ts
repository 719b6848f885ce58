import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import { findTargetUser } from "@/lib/users/find-target-user";

/**
 * Takes Verified Writer back: the writer returns to the tier their record earns (WRITER once
 * something of theirs is published, else MEMBER). Revalidate the returned tags at once.
 */
export async function revokeVerification(
  actor: Actor | null,
  userId: string,
): Promise<{ tags: string[] }> {
  authorize(actor, "writer:verify", { id: userId });
  return db.$transaction(async (tx) => {
    const user = await findTargetUser(tx, userId);
    if (user.tier !== "VERIFIED")
      throw new AppError("CONFLICT", `${user.displayName} bukan Verified Writer.`);
    const published = await tx.article.count({ where: { writerId: userId, status: "PUBLISHED" } });
    const tier = published > 0 ? "WRITER" : "MEMBER";
    const { count } = await tx.user.updateMany({
      where: { id: userId, tier: "VERIFIED" },
      data: { tier, verifiedAt: null, verifiedById: null },
    });
    if (count === 0)
      throw new AppError("CONFLICT", "Akun ini baru saja diubah orang lain. Muat ulang halaman.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.revoke_verification",
      targetType: "User",
      targetId: userId,
      before: {
        tier: "VERIFIED",
        verifiedAt: user.verifiedAt?.toISOString() ?? null,
        verifiedById: user.verifiedById,
      },
      after: { tier },
    });
    return { tags: [tags.articles, tags.writer(userId)] };
  });
}
