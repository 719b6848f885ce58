import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import { checkTopicSlug } from "@/lib/topics/check-topic-slug";
import {
  descriptionSchema,
  optionalSlugSchema,
  slugOrFromName,
  taxonomyNameSchema,
} from "@/lib/sections/taxonomy-fields";

export const createTopicSchema = z.object({
  name: taxonomyNameSchema,
  slug: optionalSlugSchema,
  description: descriptionSchema.default(""),
});
export type CreateTopicInput = z.input<typeof createTopicSchema>;

/** A new topic writers can pick and readers can browse at /topik/{slug}. */
export async function createTopic(
  actor: Actor | null,
  input: CreateTopicInput,
): Promise<{ id: string; slug: string; tags: string[] }> {
  authorize(actor, "topic:manage", undefined);
  const { name, description, ...rest } = createTopicSchema.parse(input);
  const slug = slugOrFromName(rest.slug, name);
  return db.$transaction(async (tx) => {
    await checkTopicSlug(tx, slug);
    const topic = await tx.topic.create({
      data: { name, slug, description },
      select: { id: true, slug: true },
    });
    // The slug belongs to this topic now; an old redirect from it would never be reached again.
    await tx.slugRedirect.deleteMany({ where: { kind: "TOPIC", oldSlug: slug } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "topic.create",
      targetType: "Topic",
      targetId: topic.id,
      after: { name, slug, description },
    });
    return { ...topic, tags: [tags.topics] };
  });
}
