import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getArticleForEditing } from "@/lib/articles/get-article-for-editing";
import { findLivePendingUpdate } from "@/lib/articles/updates/pending-update";
import { writerUpdatesAllowed } from "@/lib/articles/updates/writer-updates-setting";

/**
 * The writer's update of their live article for the studio: the editor opens on the pending
 * update (the live text only until the first save), with where the proposal stands.
 */
export async function getWriterUpdate(actor: Actor | null, articleId: string) {
  authorize(actor, "article:list-own", undefined);
  const row = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true, version: true },
  });
  if (!row || row.writerId !== actor.id)
    throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:propose-update", {
    ...row,
    writerUpdatesAllowed: await writerUpdatesAllowed(),
  });
  const [{ article }, pending] = await Promise.all([
    getArticleForEditing(actor, articleId),
    findLivePendingUpdate(articleId, row.version),
  ]);
  return {
    article,
    submittedAt: pending?.submittedAt?.toISOString() ?? null,
    proposedKind: pending?.proposedKind === "MINOR" ? ("MINOR" as const) : ("UPDATE" as const),
    proposedNote: pending?.proposedNote ?? "",
    returnReason: pending?.returnReason ?? null,
    returnedAt: pending?.returnedAt?.toISOString() ?? null,
  };
}
