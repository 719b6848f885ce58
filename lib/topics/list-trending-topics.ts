import "server-only";
import { db } from "@/lib/db";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";

// Counts come from ArticleListCount (kept by triggers): counting every topic link of a million
// articles on each render took seconds.
async function loadTrendingTopics(limit: number) {
  const rows = await db.$queryRaw<{ slug: string; name: string; count: number }[]>`
    SELECT t.slug, t.name, c.published AS count
    FROM "ArticleListCount" c JOIN "Topic" t ON c.key = 't:' || t.id
    WHERE c.key LIKE 't:%' AND c.published > 0
    ORDER BY c.published DESC, t.name
    LIMIT ${limit}`;
  return rows;
}

/** Topics with the most published articles, for the home page's "Topik" strip. */
export const listTrendingTopics = cached(loadTrendingTopics, "trending-topics", () => [
  tags.topics,
  tags.articles,
]);
