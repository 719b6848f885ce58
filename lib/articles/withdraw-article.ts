import "server-only";
import { authorize, can, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";

/** Takes a submission back to draft, as long as no editor has claimed it yet. */
export async function withdrawArticle(actor: Actor | null, articleId: string) {
  authorize(actor, "article:list-own", undefined);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true },
  });
  if (!article || !can(actor, "article:open", article))
    throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:withdraw", article);
  return db.$transaction(async (tx) => {
    // The claim check is in the same statement as the change, so an editor claiming at the same moment wins cleanly.
    const { count } = await tx.article.updateMany({
      where: { id: articleId, status: "SUBMITTED", claimedById: null },
      data: { status: "DRAFT", submittedAt: null, version: { increment: 1 } },
    });
    if (count === 0)
      throw new AppError(
        "CONFLICT",
        "Artikel sudah mulai direview editor dan tidak dapat ditarik.",
      );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.withdraw",
      targetType: "Article",
      targetId: articleId,
      before: { status: "SUBMITTED" },
      after: { status: "DRAFT" },
    });
    return tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } });
  });
}
