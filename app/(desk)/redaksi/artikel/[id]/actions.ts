"use server";

import { invalidateTags } from "@/lib/cache/invalidate";
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { getActor } from "@/lib/auth/session";
import { publishArticle } from "@/lib/articles/publication/publish-article";
import { rejectArticle } from "@/lib/articles/review/reject-article";
import { requestChanges } from "@/lib/articles/review/request-changes";
import { scheduleArticle } from "@/lib/articles/publication/schedule-article";

// The desk's decisions. Verbs check permission and state; only publishing changes what readers see.
const articleId = z.string().min(1).max(40);

export async function publishArticleAction(id: string) {
  return runAction(async () => {
    const publication = await publishArticle(await getActor(), articleId.parse(id));
    await invalidateTags(publication.tags);
    return { path: publication.path };
  });
}

export async function scheduleArticleAction(id: string, input: { date: string; time: string }) {
  return runAction(async () => scheduleArticle(await getActor(), articleId.parse(id), input));
}

export async function requestChangesAction(id: string, input: { note: string }) {
  return runAction(async () => requestChanges(await getActor(), articleId.parse(id), input));
}

export async function rejectArticleAction(id: string, input: { reason: string; detail: string }) {
  return runAction(async () => rejectArticle(await getActor(), articleId.parse(id), input));
}
