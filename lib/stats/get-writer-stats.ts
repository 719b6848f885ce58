import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { jakartaDay } from "@/lib/format/dates";
import { countEngagement, noReactions, type ReactionCounts } from "@/lib/stats/count-engagement";

// A writer's readership: counted views (the same rows "Terpopuler" and points are built from) per
// Jakarta day, per published article and in total, and each article's place in "Terpopuler"
// (distinct daily visitors over the last 7 days, as on the home page), with readers' published
// comments and reactions. Only the writer themself and editors may read them.

const DAY_MS = 86_400_000;
export const STATS_DAYS = 14;
const POPULAR_DAYS = 7;
const isoDay = (day: Date) => day.toISOString().slice(0, 10);

export type DayViews = { day: string; views: number };
export type ArticleStats = {
  id: string;
  title: string;
  path: string;
  publishedAt: string | null;
  totalViews: number;
  days: DayViews[];
  /** 1-based place in "Terpopuler" (last 7 days), null when not viewed in that window. */
  popularRank: number | null;
  /** Published comments (replies included); held, hidden, removed and deleted ones are not counted. */
  comments: number;
  /** Readers' reactions to the article itself, in total and per kind. */
  reactions: number;
  reactionsByKind: ReactionCounts;
};

function emptyDays(today: Date): DayViews[] {
  return Array.from({ length: STATS_DAYS }, (_, i) => ({
    day: isoDay(new Date(today.getTime() - (STATS_DAYS - 1 - i) * DAY_MS)),
    views: 0,
  }));
}

export async function getWriterStats(
  actor: Actor | null,
  { writerId, now = new Date() }: { writerId?: string; now?: Date } = {},
) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  const writer = writerId ?? actor.id;
  // The same rule as the writer's points: the writer themself, or an editor.
  authorize(actor, "points:read", { id: writer });
  const today = jakartaDay(now);
  const since = new Date(today.getTime() - (STATS_DAYS - 1) * DAY_MS);
  const popularSince = new Date(today.getTime() - (POPULAR_DAYS - 1) * DAY_MS);

  const articles = await db.article.findMany({
    where: { writerId: writer, status: "PUBLISHED" },
    orderBy: { publishedAt: "desc" },
    select: {
      id: true,
      title: true,
      slug: true,
      publishedAt: true,
      viewCount: true,
      section: { select: sectionPathSelect },
    },
  });
  const ids = articles.map((a) => a.id);
  const [daily, ranks] = ids.length
    ? await Promise.all([
        db.$queryRaw<{ articleId: string; day: Date; views: number }[]>`
          SELECT "articleId", day, sum(views)::int AS views FROM (
            SELECT "articleId", day, count(*)::int AS views FROM "ArticleView"
            WHERE "articleId" = ANY(${ids}) AND day BETWEEN ${isoDay(since)}::date AND ${isoDay(today)}::date
            GROUP BY "articleId", day
            UNION ALL
            SELECT "articleId", day, views FROM "ArticleViewDaily"
            WHERE "articleId" = ANY(${ids}) AND day BETWEEN ${isoDay(since)}::date AND ${isoDay(today)}::date
          ) detail_and_rolled_up
          GROUP BY "articleId", day`,
        db.$queryRaw<{ articleId: string; rank: number }[]>`
          WITH counts AS (
            SELECT v."articleId", sum(v.views) AS views, a."publishedAt" FROM (
              SELECT "articleId", count(*)::int AS views FROM "ArticleView"
              WHERE day BETWEEN ${isoDay(popularSince)}::date AND ${isoDay(today)}::date
              GROUP BY "articleId"
              UNION ALL
              SELECT "articleId", views FROM "ArticleViewDaily"
              WHERE day BETWEEN ${isoDay(popularSince)}::date AND ${isoDay(today)}::date
            ) v
            JOIN "Article" a ON a.id = v."articleId" AND a.status = 'PUBLISHED'
            GROUP BY v."articleId", a."publishedAt"
          ), ranked AS (
            SELECT "articleId", row_number() OVER (ORDER BY views DESC, "publishedAt" DESC NULLS LAST, "articleId")::int AS rank
            FROM counts
          )
          SELECT "articleId", rank FROM ranked WHERE "articleId" = ANY(${ids})`,
      ])
    : [[], []];

  const engagement = await countEngagement(ids);
  const rankOf = new Map(ranks.map((r) => [r.articleId, r.rank]));
  const total = emptyDays(today);
  const perArticle: ArticleStats[] = articles.map((article) => {
    const days = emptyDays(today);
    for (const row of daily) {
      if (row.articleId !== article.id) continue;
      const index = days.findIndex((d) => d.day === isoDay(row.day));
      if (index >= 0) {
        days[index].views += row.views;
        total[index].views += row.views;
      }
    }
    return {
      id: article.id,
      title: article.title,
      path: articlePath(article.slug, article.section),
      publishedAt: article.publishedAt?.toISOString() ?? null,
      totalViews: article.viewCount,
      days,
      popularRank: rankOf.get(article.id) ?? null,
      comments: engagement.get(article.id)?.comments ?? 0,
      reactions: engagement.get(article.id)?.reactions ?? 0,
      reactionsByKind: engagement.get(article.id)?.reactionsByKind ?? noReactions(),
    };
  });
  const recent = (a: ArticleStats) => a.days.reduce((sum, d) => sum + d.views, 0);
  return {
    today: isoDay(today),
    total,
    totalViews: perArticle.reduce((sum, a) => sum + a.totalViews, 0),
    totalComments: perArticle.reduce((sum, a) => sum + a.comments, 0),
    totalReactions: perArticle.reduce((sum, a) => sum + a.reactions, 0),
    /** Most read in the window first, then the newest; all of them (the page shows the first ones). */
    articles: [...perArticle].sort(
      (a, b) => recent(b) - recent(a) || (b.publishedAt ?? "").localeCompare(a.publishedAt ?? ""),
    ),
  };
}

export type WriterStats = Awaited<ReturnType<typeof getWriterStats>>;
