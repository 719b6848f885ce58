"use server";

import { action } from "@/lib/actions/action";
import { createSection, createSectionSchema } from "@/lib/sections/create-section";
import { renameSection, renameSectionSchema } from "@/lib/sections/rename-section";
import { createTopic, createTopicSchema } from "@/lib/topics/create-topic";
import { mergeTopics, mergeTopicsSchema } from "@/lib/topics/merge-topics";
import { renameTopic, renameTopicSchema } from "@/lib/topics/rename-topic";

// Reader pages show sections and topics everywhere (menus, breadcrumbs, articles): the verb's tags
// are revalidated at once, and this page is re-read whatever the outcome.
const revalidate = {
  tags: ({ tags }: { tags: string[] }) => tags,
  paths: ["/redaksi/struktur"],
  evenOnError: true,
};

const unchangedOr =
  (changed: string) =>
  ({ tags }: { tags: string[] }) =>
    tags.length ? changed : "Tidak ada yang berubah.";

export const createSectionAction = action(createSectionSchema, createSection, {
  revalidate,
  message: ({ slug }) => `Rubrik dibuat: /${slug}.`,
});

export const renameSectionAction = action(renameSectionSchema, renameSection, {
  revalidate,
  message: unchangedOr("Rubrik diperbarui. Alamat lama dialihkan ke alamat baru."),
});

export const createTopicAction = action(createTopicSchema, createTopic, {
  revalidate,
  message: ({ slug }) => `Topik dibuat: /topik/${slug}.`,
});

export const renameTopicAction = action(renameTopicSchema, renameTopic, {
  revalidate,
  message: unchangedOr("Topik diperbarui. Alamat lama dialihkan ke alamat baru."),
});

export const mergeTopicsAction = action(mergeTopicsSchema, mergeTopics, {
  revalidate,
  message: ({ moved, targetSlug }) =>
    `Topik digabungkan ke /topik/${targetSlug}; ${moved} artikel dipindahkan.`,
});
