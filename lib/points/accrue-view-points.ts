import "server-only";
import { db } from "@/lib/db";
import { getPointsSettings } from "@/lib/points/points-settings";

// Converts counted views into points. A view counts only if the view counter stored it
// (lib/views/record-view.ts: one per visitor per article per day, bots and capped addresses
// skipped); the beacon route does not record the writer's own reads or the desk's (see
// lib/points/is-insider-view.ts). Each ACCRUAL entry records the views it converted, so the
// remainder carries over, a changed rate applies only to views not yet converted, and running
// this twice, or at once in two processes (an advisory lock serialises them), adds nothing new.

const LOCK_KEY = 0x5741_5254; // "WART"

export type Accrual = { userId: string; articleId: string; points: number; views: number };

export async function accrueViewPoints({ writerId }: { writerId?: string } = {}): Promise<
  Accrual[]
> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_KEY}::bigint)`;
    const { viewsPerPoint } = await getPointsSettings(tx);
    const rows = await tx.$queryRaw<
      { id: string; writerId: string; title: string; views: number; converted: number }[]
    >`
      WITH counted AS (
        -- Counted views live as detail rows for two days, then as daily totals (roll-up-views.ts).
        SELECT v."articleId", sum(v.views)::int AS views FROM (
          SELECT "articleId", count(*)::int AS views FROM "ArticleView" GROUP BY "articleId"
          UNION ALL
          SELECT "articleId", views FROM "ArticleViewDaily"
        ) v
        JOIN "Article" a ON a.id = v."articleId"
        WHERE ${writerId ?? null}::text IS NULL OR a."writerId" = ${writerId ?? null}::text
        GROUP BY v."articleId"
      ),
      converted AS (
        SELECT "articleId", coalesce(sum(views), 0)::int AS converted FROM "PointsEntry"
        WHERE kind = 'ACCRUAL' AND "articleId" IN (SELECT "articleId" FROM counted)
        GROUP BY "articleId"
      )
      SELECT a.id, a."writerId", a.title, c.views, coalesce(p.converted, 0) AS converted
      FROM counted c
      JOIN "Article" a ON a.id = c."articleId"
      LEFT JOIN converted p ON p."articleId" = c."articleId"
      WHERE c.views - coalesce(p.converted, 0) >= ${viewsPerPoint}`;

    const accruals: Accrual[] = rows.map((row) => {
      const points = Math.floor((row.views - row.converted) / viewsPerPoint);
      return { userId: row.writerId, articleId: row.id, points, views: points * viewsPerPoint };
    });
    if (accruals.length)
      await tx.pointsEntry.createMany({
        data: accruals.map((a, i) => ({
          userId: a.userId,
          kind: "ACCRUAL" as const,
          points: a.points,
          views: a.views,
          articleId: a.articleId,
          reason: `${a.views.toLocaleString("id-ID")} pembaca: “${rows[i].title}”`,
        })),
      });
    return accruals;
  });
}
