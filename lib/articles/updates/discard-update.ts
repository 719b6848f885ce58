import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Throws the desk's pending update of a live article away; the live version was never touched. */
export async function discardUpdate(actor: Actor | null, articleId: string) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true, version: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:edit", article);
  await db.$transaction(async (tx) => {
    const { count } = await tx.articlePendingUpdate.deleteMany({ where: { articleId } });
    if (count)
      await recordAudit(tx, {
        actorId: actor.id,
        action: "article.update_discarded",
        targetType: "Article",
        targetId: articleId,
      });
  });
  return { version: article.version };
}
