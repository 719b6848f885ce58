"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { getActor } from "@/lib/auth/session";
import { createSection, createSectionSchema } from "@/lib/desk/taxonomy/create-section";
import { createTopic, createTopicSchema } from "@/lib/desk/taxonomy/create-topic";
import { mergeTopics, mergeTopicsSchema } from "@/lib/desk/taxonomy/merge-topics";
import { renameSection, renameSectionSchema } from "@/lib/desk/taxonomy/rename-section";
import { renameTopic, renameTopicSchema } from "@/lib/desk/taxonomy/rename-topic";
import { formFields, toFormResult, type FormResult } from "../penulis/form-result";

/** Reader pages show sections and topics everywhere (menus, breadcrumbs, article pages): at once. */
function revalidate(tags: string[]) {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

const done = (result: FormResult) => {
  revalidatePath("/redaksi/struktur");
  return result;
};

export async function createSectionAction(form: FormData): Promise<FormResult> {
  const result = await runAction(async () => {
    const created = await createSection(await getActor(), createSectionSchema.parse(formFields(form)));
    revalidate(created.tags);
    return created;
  });
  return done(toFormResult(result, ({ slug }) => `Rubrik dibuat: /${slug}.`));
}

export async function renameSectionAction(form: FormData): Promise<FormResult> {
  const result = await runAction(async () => {
    const renamed = await renameSection(await getActor(), renameSectionSchema.parse(formFields(form)));
    revalidate(renamed.tags);
    return renamed;
  });
  return done(toFormResult(result, ({ tags }) => (tags.length ? "Rubrik diperbarui. Alamat lama dialihkan ke alamat baru." : "Tidak ada yang berubah.")));
}

export async function createTopicAction(form: FormData): Promise<FormResult> {
  const result = await runAction(async () => {
    const created = await createTopic(await getActor(), createTopicSchema.parse(formFields(form)));
    revalidate(created.tags);
    return created;
  });
  return done(toFormResult(result, ({ slug }) => `Topik dibuat: /topik/${slug}.`));
}

export async function renameTopicAction(form: FormData): Promise<FormResult> {
  const result = await runAction(async () => {
    const renamed = await renameTopic(await getActor(), renameTopicSchema.parse(formFields(form)));
    revalidate(renamed.tags);
    return renamed;
  });
  return done(toFormResult(result, ({ tags }) => (tags.length ? "Topik diperbarui. Alamat lama dialihkan ke alamat baru." : "Tidak ada yang berubah.")));
}

export async function mergeTopicsAction(form: FormData): Promise<FormResult> {
  const result = await runAction(async () => {
    const merged = await mergeTopics(await getActor(), mergeTopicsSchema.parse(formFields(form)));
    revalidate(merged.tags);
    return merged;
  });
  return done(toFormResult(result, ({ moved, targetSlug }) => `Topik digabungkan ke /topik/${targetSlug}; ${moved} artikel dipindahkan.`));
}
