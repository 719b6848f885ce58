"use server";

import { action } from "@/lib/actions/action";
import { withArticleId } from "@/lib/articles/article-id";
import { publishUpdate, publishUpdateSchema } from "@/lib/articles/updates/publish-update";

/** Publishes the pending update of a live article; readers see it at once (tags expire now). */
export const publishUpdateAction = action(
  withArticleId(publishUpdateSchema),
  (actor, input) => publishUpdate(actor, input.articleId, input),
  {
    revalidate: {
      tags: ({ tags }) => tags,
      paths: ({ path, oldPath }) => [
        path,
        ...(oldPath !== path ? [oldPath] : []),
        "/ralat",
        { path: "/redaksi/artikel/[id]", type: "layout" as const },
      ],
    },
    data: ({ path, version }) => ({ path, version }),
  },
);
