"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { articleIdSchema, articleRefSchema } from "@/lib/articles/article-id";
import { createDraft } from "@/lib/articles/create-draft";
import { submitArticle } from "@/lib/articles/submit-article";
import { withdrawArticle } from "@/lib/articles/withdraw-article";

/** "Tulis artikel baru" and the template buttons: land in the new draft's workspace. */
export const createDraftAction = action(
  z.object({ template: z.string().max(20).optional() }),
  (actor, { template }) => createDraft(actor, template ?? "kosong"),
  { redirect: (draft) => `/tulis/artikel/${draft.id}` },
);

// (articleId, expectedVersion): the version the writer's workspace last saved.
export const submitArticleAction = action(
  z.tuple([articleIdSchema, z.number().int()]),
  (actor, [articleId, expectedVersion]) => submitArticle(actor, articleId, expectedVersion),
  { revalidate: { paths: ["/tulis"] }, data: ({ version }) => ({ version }) },
);

export const withdrawArticleAction = action(
  articleRefSchema,
  (actor, { articleId }) => withdrawArticle(actor, articleId),
  { revalidate: { paths: ["/tulis"] } },
);
