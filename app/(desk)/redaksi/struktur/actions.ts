"use server";

import { revalidatePath } from "next/cache";
import { invalidateTags } from "@/lib/cache/invalidate";
import { runAction } from "@/lib/actions/run-action";
import type { Actor } from "@/lib/auth/can";
import { getActor } from "@/lib/auth/session";
import { createSection, createSectionSchema } from "@/lib/sections/create-section";
import { createTopic, createTopicSchema } from "@/lib/topics/create-topic";
import { mergeTopics, mergeTopicsSchema } from "@/lib/topics/merge-topics";
import { renameSection, renameSectionSchema } from "@/lib/sections/rename-section";
import { renameTopic, renameTopicSchema } from "@/lib/topics/rename-topic";
import { formFields, toFormResult, type FormResult } from "../penulis/form-result";

/**
 * Every structure form: parse the fields, run the verb as the signed-in user, revalidate the tags it
 * names at once (reader pages show sections and topics everywhere: menus, breadcrumbs, articles),
 * then refresh this page with the verb's message.
 */
async function structureAction<Input, Output extends { tags: string[] }>(
  form: FormData,
  schema: { parse: (fields: unknown) => Input },
  verb: (actor: Actor | null, input: Input) => Promise<Output>,
  message: (output: Output) => string,
): Promise<FormResult> {
  const result = await runAction(async () => {
    const output = await verb(await getActor(), schema.parse(formFields(form)));
    await invalidateTags(output.tags);
    return output;
  });
  revalidatePath("/redaksi/struktur");
  return toFormResult(result, message);
}

const unchangedOr =
  (changed: string) =>
  ({ tags }: { tags: string[] }) =>
    tags.length ? changed : "Tidak ada yang berubah.";

export async function createSectionAction(form: FormData): Promise<FormResult> {
  return structureAction(
    form,
    createSectionSchema,
    createSection,
    ({ slug }) => `Rubrik dibuat: /${slug}.`,
  );
}

export async function renameSectionAction(form: FormData): Promise<FormResult> {
  return structureAction(
    form,
    renameSectionSchema,
    renameSection,
    unchangedOr("Rubrik diperbarui. Alamat lama dialihkan ke alamat baru."),
  );
}

export async function createTopicAction(form: FormData): Promise<FormResult> {
  return structureAction(
    form,
    createTopicSchema,
    createTopic,
    ({ slug }) => `Topik dibuat: /topik/${slug}.`,
  );
}

export async function renameTopicAction(form: FormData): Promise<FormResult> {
  return structureAction(
    form,
    renameTopicSchema,
    renameTopic,
    unchangedOr("Topik diperbarui. Alamat lama dialihkan ke alamat baru."),
  );
}

export async function mergeTopicsAction(form: FormData): Promise<FormResult> {
  return structureAction(
    form,
    mergeTopicsSchema,
    mergeTopics,
    ({ moved, targetSlug }) =>
      `Topik digabungkan ke /topik/${targetSlug}; ${moved} artikel dipindahkan.`,
  );
}
