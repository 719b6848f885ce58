import "server-only";
import { db } from "@/lib/db";
import { articlePath } from "@/lib/articles/article-card";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { SITEMAP_URL_LIMIT } from "@/lib/sitemaps/sitemap-files";

export type SitemapArticle = {
  path: string;
  lastmod: string;
  image: { url: string; title: string } | null;
};

async function sectionPaths() {
  const sections = await db.section.findMany({
    select: { id: true, slug: true, name: true, parent: { select: { slug: true, name: true } } },
  });
  return new Map(sections.map((s) => [s.id, s]));
}

async function loadSitemapArticles(startIso: string, endIso: string): Promise<SitemapArticle[]> {
  // A keyset range on Article_sitemap_idx; sections are few, so they are joined in memory.
  const [rows, sections] = await Promise.all([
    db.article.findMany({
      where: {
        status: "PUBLISHED",
        publishedAt: { gte: new Date(startIso), lt: new Date(endIso) },
      },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      take: SITEMAP_URL_LIMIT,
      select: {
        slug: true,
        sectionId: true,
        publishedAt: true,
        contentUpdatedAt: true,
        heroImageUrl: true,
        heroImageAlt: true,
        title: true,
      },
    }),
    sectionPaths(),
  ]);
  return rows.flatMap((row) => {
    const section = sections.get(row.sectionId);
    if (!section) return [];
    return [
      {
        path: articlePath(row.slug, section),
        lastmod: (row.contentUpdatedAt ?? row.publishedAt ?? new Date(0)).toISOString(),
        image: row.heroImageUrl
          ? { url: row.heroImageUrl, title: row.heroImageAlt || row.title }
          : null,
      },
    ];
  });
}

/** Published articles of one publication-time range, oldest first (at most 50,000). */
export const listSitemapArticles = cached(loadSitemapArticles, "sitemap-articles", () => [
  tags.articles,
  tags.sections,
]);
