"use server";

import { action } from "@/lib/actions/action";
import { withArticleId } from "@/lib/articles/article-id";
import { submitUpdate, submitUpdateSchema } from "@/lib/articles/updates/submit-update";

/** "Kirim pembaruan ke redaksi": readers keep the live version until the desk publishes it. */
export const submitUpdateAction = action(
  withArticleId(submitUpdateSchema),
  (actor, input) => submitUpdate(actor, input.articleId, input),
  {
    revalidate: {
      paths: (_output, input) => [
        "/tulis",
        `/tulis/artikel/${input.articleId}`,
        `/tulis/artikel/${input.articleId}/pembaruan`,
        "/redaksi/pembaruan",
      ],
    },
    data: ({ submittedAt }) => ({ submittedAt }),
  },
);
