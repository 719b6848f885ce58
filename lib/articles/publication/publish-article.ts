import "server-only";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { commitPublication, type Publication } from "@/lib/articles/publication/commit-publication";
import {
  decisionConflict,
  loadDecisionTarget,
  stillDecidable,
} from "@/lib/articles/review/decision-target";
import { retryOnUnique } from "@/lib/articles/publication/retry-on-unique";
import { runJobs, startJobs } from "@/lib/jobs/run-jobs";

/**
 * Publishes a submission now (see commitPublication for everything that changes, in one
 * transaction). Returns the public path and the cache tags the caller must revalidate.
 */
export async function publishArticle(actor: Actor | null, articleId: string): Promise<Publication> {
  const target = await loadDecisionTarget(actor, articleId);
  const editor = target.editor;
  const publication = await retryOnUnique(() =>
    db.$transaction(async (tx) => {
      const published = await commitPublication(tx, {
        articleId,
        expected: stillDecidable(target, editor),
        editorId: editor.id,
        actorId: editor.id,
        action: "article.publish",
        beforeStatus: target.status,
        now: new Date(),
      });
      if (!published) throw await decisionConflict(editor, articleId);
      return published;
    }),
  );
  // The email must not hold the editor; the search words are in place when the page answers.
  startJobs([publication.jobs.email]);
  await runJobs({ ids: [publication.jobs.searchWords] });
  return publication;
}
