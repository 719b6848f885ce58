import "server-only";
import { db, type Prisma } from "@/lib/db";
import { decodeCursor, encodeCursor } from "@/lib/api/article-cursor";
import type { ArticlesQuery } from "@/lib/api/api-schemas";
import {
  publicArticleSelect,
  toPublicArticles,
  type PublicArticle,
} from "@/lib/articles/public-article";
import { publishedWhere } from "@/lib/articles/published-where";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";

export type ApiArticlePage =
  | { kind: "found"; articles: PublicArticle[]; nextCursor: string | null }
  | { kind: "unknown"; field: "section" | "topic" | "writer" };

async function idOf(field: "section" | "topic" | "writer", slug: string | undefined) {
  if (!slug) return undefined;
  const row =
    field === "section"
      ? await db.section.findUnique({ where: { slug }, select: { id: true } })
      : field === "topic"
        ? await db.topic.findUnique({ where: { slug }, select: { id: true } })
        : await db.user.findUnique({ where: { username: slug }, select: { id: true } });
  return row?.id ?? null;
}

async function loadApiArticles(query: ArticlesQuery): Promise<ApiArticlePage> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const [sectionId, topicId, writerId] = await Promise.all([
    idOf("section", query.section),
    idOf("topic", query.topic),
    idOf("writer", query.writer),
  ]);
  if (sectionId === null) return { kind: "unknown", field: "section" };
  if (topicId === null) return { kind: "unknown", field: "topic" };
  if (writerId === null) return { kind: "unknown", field: "writer" };

  const where: Prisma.ArticleWhereInput = {
    AND: [
      publishedWhere({ sectionId, topicId, writerId }),
      query.since ? { publishedAt: { gte: new Date(query.since) } } : {},
      // (publishedAt, id) < cursor, spelled so that `publishedAt <=` bounds the index scan: as
      // "t < X OR (t = X AND id < Y)" alone PostgreSQL filters its way down from the newest.
      cursor
        ? {
            publishedAt: { lte: cursor.publishedAt },
            OR: [{ publishedAt: { lt: cursor.publishedAt } }, { id: { lt: cursor.id } }],
          }
        : {},
    ],
  };
  // One more than a page tells whether another page follows, without counting.
  const rows = await db.article.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: publicArticleSelect,
  });
  const articles = await toPublicArticles(rows.slice(0, query.limit));
  const last = articles[articles.length - 1];
  return {
    kind: "found",
    articles,
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}

/** One page of published articles for the API, newest first, by keyset cursor. */
export const listApiArticles = cached(loadApiArticles, "api-articles", () => [
  tags.articles,
  tags.sections,
  tags.topics,
]);
