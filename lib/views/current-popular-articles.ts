import "server-only";
import { db, Prisma } from "@/lib/db";
import {
  popularArticles,
  publishedByViews,
  type PopularArticle,
} from "@/lib/views/popular-articles";
import { POPULAR_REFRESH_MS, SNAPSHOT_SIZE } from "@/lib/views/refresh-popular-articles";

/**
 * "Terpopuler" for a page: the scheduler's snapshot (refresh-popular-articles.ts) when it is recent,
 * else the exact count of now (a fresh install, a stopped scheduler, a site nobody has read yet).
 * Articles withdrawn since the snapshot leave the list at once: publication is checked here.
 */
export async function currentPopularArticles({
  limit = 5,
  now = new Date(),
}: { limit?: number; now?: Date } = {}): Promise<PopularArticle[]> {
  // No more than the snapshot holds.
  const safeLimit = Math.min(Math.max(Math.trunc(limit), 1), SNAPSHOT_SIZE);
  const freshSince = new Date(now.getTime() - 3 * POPULAR_REFRESH_MS);
  const snapshot = await db.$queryRaw<PopularArticle[]>(
    publishedByViews(
      Prisma.sql`(SELECT "articleId", views FROM "PopularArticleSnapshot"
        WHERE "computedAt" > ${freshSince})`,
      safeLimit,
    ),
  );
  return snapshot.length ? snapshot : popularArticles({ days: 7, limit: safeLimit, now });
}
