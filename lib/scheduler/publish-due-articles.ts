import "server-only";
import { db } from "@/lib/db";
import type { Publication } from "@/lib/articles/publication/commit-publication";
import { publishScheduledArticle } from "@/lib/articles/publication/publish-scheduled-article";
import { scheduleHold, schedulingEditorSelect } from "@/lib/articles/publication/schedule-hold";

const BATCH = 50;

/**
 * One scheduler tick: publishes every scheduled article whose time has come, each as the editor who
 * scheduled it, through that editor's own verb (publishScheduledArticle, which checks can()). A
 * schedule whose editor may no longer publish (demoted, suspended, deleted) is held: it stays
 * SCHEDULED, the desk's scheduled list says why, and it goes out on the next tick after the editor
 * is reinstated or another editor reschedules it. Each article is its own transaction with a
 * conditional UPDATE, so a concurrent tick, here or in another server, never publishes twice; one
 * failing article does not hold back the others. The jobs they queue (email, search words) are run
 * by the tick's job runner.
 */
export async function publishDueArticles(now = new Date()): Promise<Publication[]> {
  const published: Publication[] = [];
  let cursor: string | undefined;
  for (;;) {
    // Held articles stay due, so the walk pages past them instead of stopping at the first batch.
    const due = await db.article.findMany({
      where: { status: "SCHEDULED", scheduledFor: { lte: now } },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor && { cursor: { id: cursor }, skip: 1 }),
      select: {
        id: true,
        writerId: true,
        status: true,
        editor: { select: schedulingEditorSelect },
      },
    });
    for (const article of due) {
      if (scheduleHold(article.editor, article)) continue;
      try {
        const publication = await publishScheduledArticle(article.editor, article.id, now);
        if (publication) published.push(publication);
      } catch (error) {
        console.error(`[scheduler] publishing ${article.id} failed:`, error);
      }
    }
    if (due.length < BATCH) return published;
    cursor = due[due.length - 1].id;
  }
}
