import "server-only";
import { db } from "@/lib/db";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";

async function loadTrendingTopics(limit: number) {
  const topics = await db.topic.findMany({
    select: {
      slug: true,
      name: true,
      _count: { select: { articles: { where: { article: { status: "PUBLISHED" } } } } },
    },
    orderBy: { articles: { _count: "desc" } },
    take: limit,
  });
  return topics.map((t) => ({ slug: t.slug, name: t.name, count: t._count.articles }));
}

/** Topics with the most published articles, for the home page's "Topik" strip. */
export const listTrendingTopics = cached(loadTrendingTopics, "trending-topics", () => [
  tags.topics,
  tags.articles,
]);
