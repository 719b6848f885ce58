import "server-only";
import { authorize, can, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { editableArticleSelect, toEditableArticle } from "@/lib/articles/editable-article";
import { withReadAlsoTitles } from "@/lib/articles/with-read-also-titles";
import { findLivePendingUpdate, overlayPendingUpdate } from "@/lib/articles/updates/pending-update";

/** The article for the studio. Someone else's draft is "not found", so ids reveal nothing. */
export async function getArticleForEditing(actor: Actor | null, articleId: string) {
  authorize(actor, "article:list-own", undefined);
  const row = await db.article.findUnique({
    where: { id: articleId },
    select: editableArticleSelect,
  });
  if (!row || !can(actor, "article:open", row))
    throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  const live = toEditableArticle(row);
  // A published article opens with the desk's pending update, if one is in progress.
  const article =
    row.status === "PUBLISHED"
      ? overlayPendingUpdate(live, await findLivePendingUpdate(articleId, row.version))
      : live;
  return {
    article: { ...article, body: await withReadAlsoTitles(actor, article.body) },
    canEdit: can(actor, "article:edit", row),
  };
}
