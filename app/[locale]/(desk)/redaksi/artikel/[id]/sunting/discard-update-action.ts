"use server";

import { action } from "@/lib/actions/action";
import { articleRefSchema } from "@/lib/articles/article-id";
import { getArticleForEditing } from "@/lib/articles/get-article-for-editing";
import { discardUpdate } from "@/lib/articles/updates/discard-update";

/**
 * Throws the pending update of a live article away and answers with the live version, so the
 * editor starts again from what readers see (the live article never changed: no tags to expire).
 */
export const discardUpdateAction = action(
  articleRefSchema,
  async (actor, { articleId }) => {
    await discardUpdate(actor, articleId);
    return getArticleForEditing(actor, articleId);
  },
  {
    revalidate: { paths: [{ path: "/redaksi/artikel/[id]", type: "layout" as const }] },
    data: ({ article }) => article,
  },
);
