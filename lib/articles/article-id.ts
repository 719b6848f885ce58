import { z } from "zod";

/** An article's id as a form or a client sends it; the verb answers NOT_FOUND for any unknown one. */
export const articleIdSchema = z.string().min(1).max(40);

/** `{ articleId }` plus the verb's own fields, for actions on one article. */
export function withArticleId<S extends z.ZodType>(schema: S) {
  return z.object({ articleId: articleIdSchema }).and(schema);
}

export const articleRefSchema = z.object({ articleId: articleIdSchema });
