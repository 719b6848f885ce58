import "server-only";
import { db } from "@/lib/db";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";

export type TopicView = { id: string; slug: string; name: string; description: string };
export type TopicLookup =
  { kind: "found"; topic: TopicView } | { kind: "redirect"; to: string } | { kind: "not-found" };

async function loadTopic(slug: string): Promise<TopicLookup> {
  const topic = await db.topic.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true },
  });
  if (topic) return { kind: "found", topic };
  const redirect = await db.slugRedirect.findUnique({
    where: { kind_oldSlug: { kind: "TOPIC", oldSlug: slug } },
  });
  const target =
    redirect &&
    (await db.topic.findUnique({ where: { id: redirect.targetId }, select: { slug: true } }));
  return target ? { kind: "redirect", to: `/topik/${target.slug}` } : { kind: "not-found" };
}

/** A topic by slug; renamed or merged topics redirect to where they live now. */
export const getTopic = cached(loadTopic, "topic", () => [tags.topics]);
