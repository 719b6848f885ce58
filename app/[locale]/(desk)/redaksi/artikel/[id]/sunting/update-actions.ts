"use server";

import { action } from "@/lib/actions/action";
import { withArticleId } from "@/lib/articles/article-id";
import { publishUpdate, publishUpdateSchema } from "@/lib/articles/updates/publish-update";
import { returnUpdate, returnUpdateSchema } from "@/lib/articles/updates/return-update";

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
        "/redaksi/pembaruan",
        { path: "/redaksi/artikel/[id]", type: "layout" as const },
      ],
    },
    data: ({ path, version }) => ({ path, version }),
  },
);

/** Sends a Verified Writer's proposed update back with a reason; the live version is untouched. */
export const returnUpdateAction = action(
  withArticleId(returnUpdateSchema),
  (actor, input) => returnUpdate(actor, input.articleId, input),
  {
    revalidate: {
      paths: (_output, input) => [
        `/redaksi/artikel/${input.articleId}/sunting`,
        "/redaksi/pembaruan",
      ],
    },
    message: "Pembaruan dikembalikan ke penulis.",
  },
);
