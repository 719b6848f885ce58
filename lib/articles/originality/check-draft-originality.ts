import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SimilarArticle } from "@/lib/articles/originality/find-similar-articles";
import { similarToArchive } from "@/lib/articles/originality/similar-to-archive";

/**
 * The writer's own originality check before submitting: the same comparison the desk sees, on the
 * last saved text of a draft the writer owns and may still edit. Someone else's draft is
 * NOT_FOUND, so ids reveal nothing.
 */
export async function checkDraftOriginality(
  actor: Actor | null,
  articleId: string,
): Promise<SimilarArticle[]> {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true, title: true, subtitle: true, bodyText: true },
  });
  if (!article || article.writerId !== actor.id)
    throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:edit", article);
  return similarToArchive(articleId, article);
}
