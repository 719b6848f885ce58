import "server-only";
import { db } from "@/lib/db";
import { popularArticles } from "@/lib/views/popular-articles";

/** How often the scheduler recomputes "Terpopuler"; a snapshot older than three of these is not used. */
export const POPULAR_REFRESH_MS = 5 * 60 * 1000;
/** Kept beyond the five shown, so articles withdrawn after the snapshot still leave five. */
export const SNAPSHOT_SIZE = 50;

/**
 * Replaces the "Terpopuler" snapshot with the exact 7-day counts of now (one transaction: a reader
 * sees the old snapshot or the new one, never a mix). Summing a week of views costs 10–20 ms of
 * database time at any archive size; done every few minutes here instead of in every uncached
 * render. Idempotent; the scheduler's leader runs it.
 */
export async function refreshPopularArticles(now = new Date()): Promise<number> {
  const top = await popularArticles({ days: 7, limit: SNAPSHOT_SIZE, now });
  await db.$transaction([
    db.popularArticleSnapshot.deleteMany(),
    db.popularArticleSnapshot.createMany({
      data: top.map((row) => ({ articleId: row.id, views: row.views, computedAt: now })),
    }),
  ]);
  return top.length;
}
