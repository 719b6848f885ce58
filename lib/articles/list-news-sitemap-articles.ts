import "server-only";
import { db } from "@/lib/db";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { NEWS_SITEMAP_LIMIT } from "@/lib/sitemaps/sitemap-files";

export type NewsSitemapArticle = {
  path: string;
  title: string;
  publishedAt: string;
  keywords: string[];
};

/** Google News takes articles of the last two days only. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

async function loadNewsSitemapArticles(): Promise<NewsSitemapArticle[]> {
  const rows = await db.article.findMany({
    where: { status: "PUBLISHED", publishedAt: { gte: new Date(Date.now() - NEWS_WINDOW_MS) } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: NEWS_SITEMAP_LIMIT,
    select: {
      slug: true,
      title: true,
      publishedAt: true,
      section: { select: sectionPathSelect },
      topics: { select: { topic: { select: { name: true } } } },
    },
  });
  return rows.map((row) => ({
    path: articlePath(row.slug, row.section),
    title: row.title,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    keywords: row.topics.map((t) => t.topic.name),
  }));
}

/**
 * Articles for the Google News sitemap. Publishing and unpublishing revalidate it at once; an
 * article that merely ages past two days leaves when the cached copy expires (within the hour).
 */
export const listNewsSitemapArticles = cached(
  loadNewsSitemapArticles,
  "news-sitemap-articles",
  () => [tags.articles],
);
