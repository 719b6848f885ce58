import "server-only";
import { db } from "@/lib/db";
import { articleCardSelect, toArticleCard, type ArticleCard } from "@/lib/articles/article-card";
import { listKeys } from "@/lib/articles/list-keys";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { currentPopularArticles } from "@/lib/views/current-popular-articles";

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
  // Each block reads its keys from the section's own index ranges (list-keys.ts), not a sort of
  // every article in the section.
  const sectionBlocks = await Promise.all(
    topSections.map(async (section) => {
      const keys = await listKeys({ sectionId: section.id }, { skip: 0, take: 3 });
      const rows = keys.length
        ? await db.article.findMany({
            where: { id: { in: keys.map((k) => k.id) } },
            select: articleCardSelect,
          })
        : [];
      const byId = new Map(rows.map((row) => [row.id, toArticleCard(row)]));
      return {
        name: section.name,
        href: `/${section.slug}`,
        articles: keys.flatMap((k) => byId.get(k.id) ?? []),
      };
    }),
  );
  const popular = await currentPopularArticles({ limit: 5 });

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
