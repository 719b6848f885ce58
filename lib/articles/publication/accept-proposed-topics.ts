import "server-only";
import type { TxClient } from "@/lib/db-tx";
import { proposedTopicSlug } from "@/lib/topics/proposed-topic-slug";

/** The topic to link for `name`: one with the same name (any case), else one created for it. */
async function topicFor(tx: TxClient, name: string) {
  const sameName = await tx.topic.findFirst({
    where: { name: { equals: name, mode: "insensitive" } },
    select: { id: true, slug: true },
  });
  if (sameName) return sameName;
  for (const disambiguate of [false, true]) {
    const slug = proposedTopicSlug(name, disambiguate);
    const taken = await tx.topic.findUnique({ where: { slug }, select: { id: true, name: true } });
    // A slug held by a differently named topic is not this topic: never merge into it silently.
    if (taken && taken.name.toLowerCase() !== name.toLowerCase()) continue;
    return tx.topic.upsert({
      where: { slug },
      create: { slug, name },
      update: {},
      select: { id: true, slug: true },
    });
  }
  throw new Error(`No free slug for the proposed topic ${JSON.stringify(name)}`);
}

/**
 * Turns the writer's proposed topics into real ones at publication: an existing topic with the same
 * name is reused, otherwise a new one is created (lib/topics/proposed-topic-slug.ts: names in any
 * script get a slug), and the article is linked to each. Returns the slugs.
 */
export async function acceptProposedTopics(
  tx: TxClient,
  articleId: string,
  proposals: string[],
): Promise<string[]> {
  const slugs: string[] = [];
  for (const raw of proposals) {
    const name = raw.trim().replace(/\s+/g, " ");
    if (!name) continue;
    const topic = await topicFor(tx, name);
    await tx.articleTopic.createMany({
      data: [{ articleId, topicId: topic.id }],
      skipDuplicates: true,
    });
    slugs.push(topic.slug);
  }
  return slugs;
}
