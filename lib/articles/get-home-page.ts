import "server-only";
import { db } from "@/lib/db";
import { articleCardSelect, toArticleCard, type ArticleCard } from "@/lib/articles/article-card";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { popularArticles } from "@/lib/views/popular-articles";

export type HomePage = {
  headline: ArticleCard | null;
  latest: ArticleCard[];
  popular: { title: string; href: string; views: number }[];
  sections: { name: string; href: string; articles: ArticleCard[] }[];
};

async function loadHomePage(): Promise<HomePage> {
  const featured = await db.article.findFirst({
    where: { status: "PUBLISHED", featured: true },
    orderBy: { featuredAt: "desc" },
    select: articleCardSelect,
  });
  const latestRows = await db.article.findMany({
    where: { status: "PUBLISHED", ...(featured && { id: { not: featured.id } }) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: featured ? 8 : 9,
    select: articleCardSelect,
  });
  // Without a featured article, the newest one is the headline.
  const headlineRow = featured ?? latestRows.shift() ?? null;

  const topSections = await db.section.findMany({
    where: { parentId: null },
    orderBy: { position: "asc" },
    select: { id: true, slug: true, name: true },
  });
  const sectionBlocks = await Promise.all(
    topSections.map(async (section) => {
      const rows = await db.article.findMany({
        where: {
          status: "PUBLISHED",
          OR: [{ sectionId: section.id }, { section: { parentId: section.id } }],
        },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: 3,
        select: articleCardSelect,
      });
      return { name: section.name, href: `/${section.slug}`, articles: rows.map(toArticleCard) };
    }),
  );
  const popular = await popularArticles({ days: 7, limit: 5 });

  return {
    headline: headlineRow && toArticleCard(headlineRow),
    latest: latestRows.map(toArticleCard),
    popular: popular.map((p) => ({
      title: p.title,
      href: `/${p.sectionSlug}/${p.slug}`,
      views: p.views,
    })),
    sections: sectionBlocks.filter((block) => block.articles.length > 0),
  };
}

/** Headline, "Berita Terkini", "Terpopuler" and a block per section. */
export const getHomePage = cached(loadHomePage, "home-page", () => [tags.articles, tags.sections]);
