import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { commitPublication, type Publication } from "@/lib/articles/publication/commit-publication";
import { retryOnUnique } from "@/lib/articles/publication/retry-on-unique";

/**
 * Publishes a scheduled article whose time has come, as the editor who scheduled it: the scheduler
 * calls it with that editor as the actor, so the same can() rule as publishing by hand decides (a
 * demoted or suspended editor's schedule is refused and held). Null when there is nothing to do
 * (not due, already published by another tick or server, rescheduled by someone else).
 */
export async function publishScheduledArticle(
  actor: Actor | null,
  articleId: string,
  now = new Date(),
): Promise<Publication | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true, editorId: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:publish", article);
  if (article.editorId !== actor.id)
    throw new AppError(
      "FORBIDDEN",
      "Hanya editor yang menjadwalkan artikel ini yang menerbitkannya.",
    );
  return retryOnUnique(() =>
    db.$transaction((tx) =>
      commitPublication(tx, {
        articleId,
        // The UPDATE's row lock makes a concurrent tick wait, then find nothing left to change.
        expected: { status: "SCHEDULED", scheduledFor: { lte: now }, editorId: actor.id },
        editorId: actor.id,
        actorId: actor.id,
        action: "article.publish_scheduled",
        beforeStatus: "SCHEDULED",
        now,
      }),
    ),
  );
}
