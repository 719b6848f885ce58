import "server-only";
import { db } from "@/lib/db";
import { jakartaDay } from "@/lib/format/dates";

// ArticleView keeps one row per visitor, article and day: needed only while that day can still
// receive views (de-duplication). Older days are moved into ArticleViewDaily (one row per article
// and day) in the same statement that deletes them, so every view is counted exactly once, in one
// table or the other, at every moment. Yesterday stays as detail: a request that computed its
// Jakarta day just before midnight may still insert a row for it.

/** Days before `today - DETAIL_DAYS + 1` are rolled up: today and yesterday stay as detail rows. */
export const DETAIL_DAYS = 2;
const DAY_MS = 86_400_000;
const isoDay = (day: Date) => day.toISOString().slice(0, 10);

/**
 * Moves detail rows of finished days into daily totals. Idempotent and safe to run at any time
 * (the scheduler runs it hourly): rows that arrive late for a rolled-up day are added on the next run.
 */
export async function rollUpArticleViews(
  now = new Date(),
): Promise<{ rows: number; days: number }> {
  const keepFrom = isoDay(new Date(jakartaDay(now).getTime() - (DETAIL_DAYS - 1) * DAY_MS));
  const [result] = await db.$queryRaw<{ rows: number; days: number }[]>`
    WITH moved AS (
      DELETE FROM "ArticleView" WHERE day < ${keepFrom}::date
      RETURNING "articleId", day
    ),
    totals AS (
      INSERT INTO "ArticleViewDaily" ("articleId", day, views)
      SELECT "articleId", day, count(*)::int FROM moved GROUP BY "articleId", day
      ON CONFLICT ("articleId", day) DO UPDATE SET views = "ArticleViewDaily".views + EXCLUDED.views
      RETURNING day
    )
    SELECT (SELECT count(*)::int FROM moved) AS rows, (SELECT count(DISTINCT day)::int FROM totals) AS days`;
  return result ?? { rows: 0, days: 0 };
}
