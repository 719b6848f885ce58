import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import { idSchema } from "@/lib/sections/taxonomy-fields";

export const mergeTopicsSchema = z
  .object({ sourceId: idSchema, targetId: idSchema })
  .refine((input) => input.sourceId !== input.targetId, {
    message: "Pilih dua topik yang berbeda.",
    path: ["targetId"],
  });
export type MergeTopicsInput = z.input<typeof mergeTopicsSchema>;

/**
 * Merges topic A (source) into B (target) in one transaction: A's articles are linked to B
 * (skipping those already in B), every redirect that led to A now leads to B, A's own slug
 * redirects to B, and A is deleted. Returns how many articles gained B.
 */
export async function mergeTopics(
  actor: Actor | null,
  input: MergeTopicsInput,
): Promise<{ moved: number; targetSlug: string; tags: string[] }> {
  authorize(actor, "topic:manage", undefined);
  const { sourceId, targetId } = mergeTopicsSchema.parse(input);
  return db.$transaction(async (tx) => {
    const [source, target] = await Promise.all([
      tx.topic.findUnique({
        where: { id: sourceId },
        select: { id: true, slug: true, name: true, articles: { select: { articleId: true } } },
      }),
      tx.topic.findUnique({
        where: { id: targetId },
        select: { id: true, slug: true, name: true },
      }),
    ]);
    if (!source || !target)
      throw new AppError("NOT_FOUND", "Topik tidak ditemukan. Muat ulang halaman.");

    const { count: moved } = await tx.articleTopic.createMany({
      data: source.articles.map(({ articleId }) => ({ articleId, topicId: targetId })),
      skipDuplicates: true,
    });
    await tx.slugRedirect.updateMany({
      where: { kind: "TOPIC", targetId: sourceId },
      data: { targetId },
    });
    await tx.slugRedirect.upsert({
      where: { kind_oldSlug: { kind: "TOPIC", oldSlug: source.slug } },
      create: { kind: "TOPIC", oldSlug: source.slug, targetId },
      update: { targetId, createdAt: new Date() },
    });
    // Cascades to A's remaining ArticleTopic rows; a concurrent merge of A fails here and rolls back.
    await tx.topic.delete({ where: { id: sourceId }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "topic.merge",
      targetType: "Topic",
      targetId: sourceId,
      before: {
        id: source.id,
        slug: source.slug,
        name: source.name,
        articles: source.articles.length,
      },
      after: { mergedInto: { id: target.id, slug: target.slug, name: target.name }, moved },
    });
    return { moved, targetSlug: target.slug, tags: [tags.topics, tags.articles] };
  });
}
