"use server";

import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { getActor } from "@/lib/auth/session";
import { cancelSchedule } from "@/lib/articles/publication/cancel-schedule";
import { claimArticle } from "@/lib/articles/review/claim-article";
import { releaseClaim } from "@/lib/articles/review/release-claim";

// Desk pages render per request, so these need no cache revalidation: the client refreshes the page.
const articleId = z.string().min(1).max(40);

export async function claimArticleAction(id: string) {
  return runAction(async () => claimArticle(await getActor(), articleId.parse(id)));
}

export async function releaseClaimAction(id: string) {
  return runAction(async () => releaseClaim(await getActor(), articleId.parse(id)));
}

export async function cancelScheduleAction(id: string) {
  return runAction(async () => cancelSchedule(await getActor(), articleId.parse(id)));
}
