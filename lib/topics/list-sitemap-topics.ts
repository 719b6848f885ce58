import "server-only";
import { db } from "@/lib/db";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { SITEMAP_URL_LIMIT } from "@/lib/sitemaps/sitemap-files";

/** Slugs of topics with at least one published article (a topic page without any is empty). */
async function loadSitemapTopics(): Promise<string[]> {
  const rows = await db.$queryRaw<{ slug: string }[]>`
    SELECT t.slug FROM "Topic" t
    WHERE EXISTS (
      SELECT 1 FROM "ArticleTopic" at JOIN "Article" a ON a.id = at."articleId"
      WHERE at."topicId" = t.id AND a.status = 'PUBLISHED')
    ORDER BY t.slug LIMIT ${SITEMAP_URL_LIMIT}`;
  return rows.map((row) => row.slug);
}

export const listSitemapTopics = cached(loadSitemapTopics, "sitemap-topics", () => [
  tags.articles,
  tags.topics,
]);
