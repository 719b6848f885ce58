// The kinds of after-commit work and the payload each one carries (plain JSON in Job.payload).
// A new kind gets its payload here and its handler in handlers.ts.
export type JobPayloads = {
  /** Hand one outbox row to SMTP (lib/email/deliver-email.ts). */
  "email.send": { outboxId: string };
  /** Add a newly published article's words to the search suggestions. */
  "search.add-article-words": { articleId: string };
};

export type JobKind = keyof JobPayloads;
