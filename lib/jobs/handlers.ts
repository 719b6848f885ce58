import "server-only";
import { deliverOutboxEmail } from "@/lib/email/deliver-email";
import type { JobKind, JobPayloads } from "@/lib/jobs/job-kinds";
import { addSearchWordsForArticle } from "@/lib/search/refresh-search-words";

// What each kind of job does. A handler throws to be retried later; it may run more than once
// (a runner can die after the work and before marking it done), so it must be safe to repeat.
export const jobHandlers: { [K in JobKind]: (payload: JobPayloads[K]) => Promise<void> } = {
  "email.send": async ({ outboxId }) => {
    await deliverOutboxEmail(outboxId);
  },
  "search.add-article-words": async ({ articleId }) => {
    await addSearchWordsForArticle(articleId);
  },
};
