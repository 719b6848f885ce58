"use server";

import { action } from "@/lib/actions/action";
import { withArticleId } from "@/lib/articles/article-id";
import { restoreRevision, restoreRevisionSchema } from "@/lib/articles/revisions/restore-revision";

/** Restores a version; a published article's readers see it at once. */
export const restoreRevisionAction = action(
  withArticleId(restoreRevisionSchema),
  (actor, input) => restoreRevision(actor, input.articleId, input),
  {
    revalidate: {
      tags: (restored) => restored.tags,
      paths: [{ path: "/redaksi/artikel/[id]", type: "layout" }],
    },
    message: (restored) => `Dipulihkan sebagai versi ${restored.version}.`,
  },
);
