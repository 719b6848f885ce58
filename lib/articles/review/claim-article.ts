import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Takes a waiting submission into review. The check and the change are one UPDATE (… WHERE status =
 * 'SUBMITTED' AND "claimedById" IS NULL): of two editors claiming at once exactly one changes the
 * row; the other is told who has it. Claiming an article one already holds is a no-op.
 */
export async function claimArticle(
  actor: Actor | null,
  articleId: string,
): Promise<{ claimedAt: string }> {
  authorize(actor, "desk:enter", undefined);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true },
  });
  if (!article || article.status === "DRAFT")
    throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:review", article);

  return db.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.article.updateMany({
      where: { id: articleId, status: "SUBMITTED", claimedById: null },
      data: { status: "IN_REVIEW", claimedById: actor.id, claimedAt: now },
    });
    if (count === 0) {
      const current = await tx.article.findUniqueOrThrow({
        where: { id: articleId },
        select: {
          status: true,
          claimedById: true,
          claimedAt: true,
          claimedBy: { select: { displayName: true } },
        },
      });
      if (current.status === "IN_REVIEW" && current.claimedById === actor.id && current.claimedAt)
        return { claimedAt: current.claimedAt.toISOString() };
      if (current.claimedById)
        throw new AppError(
          "CONFLICT",
          `Sudah diklaim oleh ${current.claimedBy?.displayName ?? "editor lain"}.`,
        );
      throw new AppError("CONFLICT", "Artikel ini tidak lagi menunggu review.");
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.claim",
      targetType: "Article",
      targetId: articleId,
      before: { status: "SUBMITTED" },
      after: { status: "IN_REVIEW", claimedById: actor.id },
    });
    return { claimedAt: now.toISOString() };
  });
}
