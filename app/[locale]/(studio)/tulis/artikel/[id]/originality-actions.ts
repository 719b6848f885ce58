"use server";

import { action } from "@/lib/actions/action";
import { articleIdSchema } from "@/lib/articles/article-id";
import { checkDraftOriginality } from "@/lib/articles/originality/check-draft-originality";

/** The writer's check before submitting: the published articles the saved draft resembles. */
export const checkOriginalityAction = action(articleIdSchema, checkDraftOriginality, {
  data: (matches) => matches,
});
