import "server-only";
import { db } from "@/lib/db";
import { articleCardSelect, toArticleCard } from "@/lib/articles/article-card";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";

async function loadLatestArticles(limit: number, excludeId?: string) {
  const rows = await db.article.findMany({
    where: { status: "PUBLISHED", ...(excludeId && { id: { not: excludeId } }) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: articleCardSelect,
  });
  return rows.map(toArticleCard);
}

/** The newest published articles ("Berita Terkini Lainnya"), without counting the archive. */
export const listLatestArticles = cached(loadLatestArticles, "latest-articles", () => [
  tags.articles,
]);
