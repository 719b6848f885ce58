import "server-only";
import { db } from "@/lib/db";
import { articleCardSelect, toArticleCard, type ArticleCard } from "@/lib/articles/article-card";
import { countList, listKeys, type ArticleListFilter } from "@/lib/articles/list-keys";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { PAGE_SIZE, pageCount, type ListCursor, type Page } from "@/lib/pagination";

export type { ArticleListFilter };

// Numbered pages (/news/halaman/N) stay: page N's keys come from the list's index alone (an
// index-only scan, from whichever end is nearer), then only those rows are read. Readers that
// follow a cursor instead (listPublishedArticlesAfter) seek straight to it: no skipping at all, and
// nothing repeats or goes missing when articles are published in between.

async function cards(ids: string[]): Promise<ArticleCard[]> {
  if (!ids.length) return [];
  const rows = await db.article.findMany({
    where: { id: { in: ids } },
    select: articleCardSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, toArticleCard(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function loadPublishedArticles(
  filter: ArticleListFilter,
  page = 1,
  pageSize = PAGE_SIZE,
): Promise<Page<ArticleCard>> {
  const total = await countList(filter);
  const skip = (page - 1) * pageSize;
  if (skip >= total) return { items: [], page, pageCount: pageCount(total, pageSize), total };
  // Past the middle, count from the oldest end: the last page is as cheap as the first.
  const fromEnd = total - skip - pageSize;
  const keys =
    fromEnd < skip
      ? (
          await listKeys(filter, {
            skip: Math.max(0, fromEnd),
            take: pageSize + Math.min(0, fromEnd),
            direction: "oldest",
          })
        ).reverse()
      : await listKeys(filter, { skip, take: pageSize });
  const items = await cards(keys.map((k) => k.id));
  return { items, page, pageCount: pageCount(total, pageSize), total };
}

/** Newest published articles first, one page of them. */
export const listPublishedArticles = cached(
  loadPublishedArticles,
  "published-articles",
  ([filter]) => [tags.articles, ...(filter.writerId ? [tags.writer(filter.writerId)] : [])],
);

/** The `limit` articles after `cursor` (newest first) and the cursor of the next batch, if any. */
export async function listPublishedArticlesAfter(
  filter: ArticleListFilter,
  cursor: ListCursor | null,
  limit = PAGE_SIZE,
): Promise<{ items: ArticleCard[]; next: ListCursor | null }> {
  const keys = await listKeys(filter, { skip: 0, take: limit + 1, cursor });
  const page = keys.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await cards(page.map((k) => k.id)),
    next:
      keys.length > limit && last
        ? { publishedAt: last.publishedAt.toISOString(), id: last.id }
        : null,
  };
}
