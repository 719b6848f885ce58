import "server-only";
import { db, Prisma } from "@/lib/db";
import { jakartaDay } from "@/lib/format/dates";

// "Terpopuler": published articles by distinct daily visitors over the last `days` Jakarta days
// (today included). Finished days live as daily totals in ArticleViewDaily, the last two as detail
// rows in ArticleView (lib/views/roll-up-views.ts); a view is in exactly one of them, so the sum is
// exact and reads a few rows per article and day instead of one per visitor. Only articles viewed
// in the window are listed: the list can be shorter than `limit` (or empty on a quiet site), and
// the page decides what to show instead. Pages read it through current-popular-articles.ts, from
// the scheduler's snapshot of this result.

const DAY_MS = 86_400_000;
const isoDay = (day: Date) => day.toISOString().slice(0, 10);

export type PopularArticle = {
  id: string;
  title: string;
  slug: string;
  /** Top-level section slug for the article URL (the parent's slug for a sub-section). */
  sectionSlug: string;
  publishedAt: Date;
  views: number;
};

export async function popularArticles({
  days = 7,
  limit = 5,
  now = new Date(),
}: { days?: number; limit?: number; now?: Date } = {}): Promise<PopularArticle[]> {
  const safeDays = Math.min(Math.max(Math.trunc(days), 1), 366);
  const safeLimit = Math.min(Math.max(Math.trunc(limit), 1), 100);
  const today = jakartaDay(now);
  const since = new Date(today.getTime() - (safeDays - 1) * DAY_MS);

  return db.$queryRaw<PopularArticle[]>(
    publishedByViews(
      Prisma.sql`(
        SELECT "articleId", sum(views)::int AS views FROM (
          SELECT "articleId", views FROM "ArticleViewDaily"
          WHERE day BETWEEN ${isoDay(since)}::date AND ${isoDay(today)}::date
          UNION ALL
          SELECT "articleId", count(*)::int FROM "ArticleView"
          WHERE day BETWEEN ${isoDay(since)}::date AND ${isoDay(today)}::date
          GROUP BY "articleId"
        ) both_tables
        GROUP BY "articleId"
      )`,
      safeLimit,
    ),
  );
}

/**
 * The published articles among `counts` (a subquery of "articleId" and views), most viewed first,
 * ties by newest publication: shared with the snapshot's reader (current-popular-articles.ts).
 */
export function publishedByViews(counts: Prisma.Sql, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT a.id, a.title, a.slug, coalesce(parent.slug, s.slug) AS "sectionSlug", a."publishedAt", c.views
    FROM ${counts} c
    JOIN "Article" a ON a.id = c."articleId" AND a.status = 'PUBLISHED'
    JOIN "Section" s ON s.id = a."sectionId"
    LEFT JOIN "Section" parent ON parent.id = s."parentId"
    ORDER BY c.views DESC, a."publishedAt" DESC NULLS LAST, a.id
    LIMIT ${limit}`;
}
