"use server";

import { action } from "@/lib/actions/action";
import { articleRefSchema } from "@/lib/articles/article-id";
import { cancelSchedule } from "@/lib/articles/publication/cancel-schedule";
import { claimArticle } from "@/lib/articles/review/claim-article";
import { releaseClaim } from "@/lib/articles/review/release-claim";

// Desk pages render per request, so these need no cache revalidation: the client refreshes the page.

export const claimArticleAction = action(articleRefSchema, (actor, { articleId }) =>
  claimArticle(actor, articleId),
);

export const releaseClaimAction = action(articleRefSchema, (actor, { articleId }) =>
  releaseClaim(actor, articleId),
);

export const cancelScheduleAction = action(articleRefSchema, (actor, { articleId }) =>
  cancelSchedule(actor, articleId),
);
