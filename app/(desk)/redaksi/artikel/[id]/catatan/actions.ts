"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/components/account/form-state";
import { runAction } from "@/lib/actions/run-action";
import { getActor } from "@/lib/auth/session";
import { addEditorialNote } from "@/lib/articles/notes/add-editorial-note";

const articleId = z.string().min(1).max(40);

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** Anyone can POST this; addEditorialNote refuses everyone but active editors. */
export async function addEditorialNoteAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = { body: text(form, "body") };
  const result = await runAction(async () => {
    await addEditorialNote(await getActor(), articleId.parse(text(form, "articleId")), values);
    revalidatePath("/redaksi/artikel/[id]", "layout");
  });
  if (!result.ok)
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
  return { status: "success", message: "Catatan disimpan." };
}
