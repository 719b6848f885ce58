import "server-only";
import type { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import { checkTopicSlug } from "@/lib/topics/check-topic-slug";
import { fieldChanges, redirectOldSlug } from "@/lib/sections/rename-helpers";
import { renameFieldsSchema } from "@/lib/sections/taxonomy-fields";

export const renameTopicSchema = renameFieldsSchema;
export type RenameTopicInput = z.input<typeof renameTopicSchema>;

/** Renames a topic and/or changes its slug; the old slug keeps answering with a TOPIC redirect. */
export async function renameTopic(
  actor: Actor | null,
  input: RenameTopicInput,
): Promise<{ slug: string; tags: string[] }> {
  authorize(actor, "topic:manage", undefined);
  const { id, name, slug, description } = renameTopicSchema.parse(input);
  return db.$transaction(async (tx) => {
    const topic = await tx.topic.findUnique({
      where: { id },
      select: { name: true, slug: true, description: true },
    });
    if (!topic) throw new AppError("NOT_FOUND", "Topik tidak ditemukan.");
    const next = { name, slug, description: description ?? topic.description };
    const { changed, before, after } = fieldChanges(topic, next);
    if (!changed.length) return { slug, tags: [] };

    if (slug !== topic.slug) {
      await checkTopicSlug(tx, slug, id);
      await redirectOldSlug(tx, "TOPIC", topic.slug, slug, id);
    }
    await tx.topic.update({ where: { id }, data: next, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "topic.rename",
      targetType: "Topic",
      targetId: id,
      before,
      after,
    });
    // Article pages show topic names and links.
    return { slug, tags: [tags.topics, tags.articles] };
  });
}
