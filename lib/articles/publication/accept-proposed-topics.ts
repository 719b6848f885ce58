import "server-only";
import { slugify } from "@/lib/format/slug";
import type { TxClient } from "@/lib/db-tx";

/**
 * Turns the writer's proposed topics into real ones at publication: an existing topic with the same
 * slug or name is reused, a new one is created, and the article is linked to each. Returns the slugs.
 */
export async function acceptProposedTopics(
  tx: TxClient,
  articleId: string,
  proposals: string[],
): Promise<string[]> {
  const slugs: string[] = [];
  for (const raw of proposals) {
    const name = raw.trim().replace(/\s+/g, " ");
    const slug = slugify(name, 60);
    if (!slug) continue;
    const existing = await tx.topic.findFirst({
      where: { OR: [{ slug }, { name: { equals: name, mode: "insensitive" } }] },
      select: { id: true, slug: true },
    });
    const topic =
      existing ??
      (await tx.topic.upsert({
        where: { slug },
        create: { slug, name },
        update: {},
        select: { id: true, slug: true },
      }));
    await tx.articleTopic.createMany({
      data: [{ articleId, topicId: topic.id }],
      skipDuplicates: true,
    });
    slugs.push(topic.slug);
  }
  return slugs;
}
