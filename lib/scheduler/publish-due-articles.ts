import "server-only";
import { db } from "@/lib/db";
import { announcePublication } from "@/lib/articles/publication/announce-publication";
import { commitPublication, type Publication } from "@/lib/articles/publication/commit-publication";
import { retryOnUnique } from "@/lib/articles/publication/retry-on-unique";

const BATCH = 50;

/**
 * One scheduler tick: publishes every scheduled article whose time has come, through the desk's own
 * publication (commitPublication), credited to and audited as the editor who scheduled it. Each
 * article is its own transaction whose UPDATE is conditional (status = 'SCHEDULED' AND
 * "scheduledFor" <= now): a concurrent tick, here or in another server, finds nothing left to do,
 * so nothing is ever published twice. One failing article does not hold back the others.
 */
export async function publishDueArticles(now = new Date()): Promise<Publication[]> {
  const due = await db.article.findMany({
    where: { status: "SCHEDULED", scheduledFor: { lte: now } },
    orderBy: [{ scheduledFor: "asc" }, { id: "asc" }],
    take: BATCH,
    select: { id: true, editorId: true },
  });
  const published: Publication[] = [];
  for (const article of due) {
    try {
      const publication = await retryOnUnique(() =>
        db.$transaction((tx) =>
          commitPublication(tx, {
            articleId: article.id,
            expected: { status: "SCHEDULED", scheduledFor: { lte: now } },
            editorId: article.editorId,
            actorId: article.editorId,
            action: "article.publish_scheduled",
            beforeStatus: "SCHEDULED",
            now,
          }),
        ),
      );
      if (publication) published.push(publication);
    } catch (error) {
      console.error(`[scheduler] publishing ${article.id} failed:`, error);
    }
  }
  for (const publication of published) await announcePublication(publication);
  return published;
}
