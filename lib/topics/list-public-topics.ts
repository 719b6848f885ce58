import "server-only";
import { db } from "@/lib/db";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";

export type PublicTopic = { slug: string; name: string; description: string };

async function loadPublicTopics(): Promise<PublicTopic[]> {
  return db.topic.findMany({
    orderBy: { name: "asc" },
    select: { slug: true, name: true, description: true },
  });
}

/** Every topic, by name. */
export const listPublicTopics = cached(loadPublicTopics, "public-topics", () => [tags.topics]);
