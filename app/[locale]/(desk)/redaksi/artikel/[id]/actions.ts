"use server";

import { action } from "@/lib/actions/action";
import { articleRefSchema, withArticleId } from "@/lib/articles/article-id";
import { publishArticle } from "@/lib/articles/publication/publish-article";
import { scheduleArticle, scheduleInputSchema } from "@/lib/articles/publication/schedule-article";
import { rejectArticle, rejectInputSchema } from "@/lib/articles/review/reject-article";
import { requestChanges, requestChangesSchema } from "@/lib/articles/review/request-changes";

// The desk's decisions. Verbs check permission and state; only publishing changes what readers see.

export const publishArticleAction = action(
  articleRefSchema,
  (actor, { articleId }) => publishArticle(actor, articleId),
  { revalidate: { tags: (publication) => publication.tags }, data: ({ path }) => ({ path }) },
);

export const scheduleArticleAction = action(withArticleId(scheduleInputSchema), (actor, input) =>
  scheduleArticle(actor, input.articleId, input),
);

export const requestChangesAction = action(withArticleId(requestChangesSchema), (actor, input) =>
  requestChanges(actor, input.articleId, input),
);

export const rejectArticleAction = action(withArticleId(rejectInputSchema), (actor, input) =>
  rejectArticle(actor, input.articleId, input),
);
