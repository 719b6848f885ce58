"use server";

import { revalidatePath } from "next/cache";
import { invalidateTags } from "@/lib/cache/invalidate";
import { z } from "zod";
import type { FormState } from "@/components/account/form-state";
import { runAction } from "@/lib/actions/run-action";
import { getActor } from "@/lib/auth/session";
import { restoreRevision } from "@/lib/articles/revisions/restore-revision";

const articleId = z.string().min(1).max(40);

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** Restores a version; a published article's readers see it at once. */
export async function restoreRevisionAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await runAction(async () => {
    const restored = await restoreRevision(
      await getActor(),
      articleId.parse(text(form, "articleId")),
      {
        revisionId: text(form, "revisionId"),
        expectedVersion: text(form, "expectedVersion"),
      },
    );
    await invalidateTags(restored.tags);
    revalidatePath("/redaksi/artikel/[id]", "layout");
    return restored.version;
  });
  if (!result.ok) return { status: "error", message: result.message };
  return { status: "success", message: `Dipulihkan sebagai versi ${result.data}.` };
}
