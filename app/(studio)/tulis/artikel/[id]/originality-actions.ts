"use server";

import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { getActor } from "@/lib/auth/session";
import { checkDraftOriginality } from "@/lib/articles/originality/check-draft-originality";

export async function checkOriginalityAction(id: string) {
  return runAction(async () =>
    checkDraftOriginality(await getActor(), z.string().min(1).max(40).parse(id)),
  );
}
