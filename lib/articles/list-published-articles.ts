import "server-only";
import { db, type Prisma } from "@/lib/db";
import { articleCardSelect, toArticleCard, type ArticleCard } from "@/lib/articles/article-card";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { PAGE_SIZE, pageCount, type Page } from "@/lib/pagination";

export type ArticleListFilter = {
  /** A section includes the articles of its sub-sections. */
  sectionId?: string;
  topicId?: string;
  writerId?: string;
};

function whereFor(filter: ArticleListFilter): Prisma.ArticleWhereInput {
  return {
    status: "PUBLISHED",
    ...(filter.sectionId && {
      OR: [{ sectionId: filter.sectionId }, { section: { parentId: filter.sectionId } }],
    }),
    ...(filter.topicId && { topics: { some: { topicId: filter.topicId } } }),
    ...(filter.writerId && { writerId: filter.writerId }),
  };
}

async function loadPublishedArticles(
  filter: ArticleListFilter,
  page = 1,
  pageSize = PAGE_SIZE,
): Promise<Page<ArticleCard>> {
  const where = whereFor(filter);
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      select: articleCardSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { items: rows.map(toArticleCard), page, pageCount: pageCount(total, pageSize), total };
}

/** Newest published articles first, one page of them. */
export const listPublishedArticles = cached(
  loadPublishedArticles,
  "published-articles",
  ([filter]) => [tags.articles, ...(filter.writerId ? [tags.writer(filter.writerId)] : [])],
);
