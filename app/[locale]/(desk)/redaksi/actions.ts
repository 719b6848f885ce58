"use server";

import { action } from "@/lib/actions/action";
import { articleIdSchema } from "@/lib/articles/article-id";
import { cancelSchedule } from "@/lib/articles/publication/cancel-schedule";
import { claimArticle } from "@/lib/articles/review/claim-article";
import { releaseClaim } from "@/lib/articles/review/release-claim";

// Desk pages render per request, so these need no cache revalidation: the client refreshes the page.
// Buttons in lists call these with the article's id alone.

export const claimArticleAction = action(articleIdSchema, claimArticle);

export const releaseClaimAction = action(articleIdSchema, releaseClaim);

export const cancelScheduleAction = action(articleIdSchema, cancelSchedule);
