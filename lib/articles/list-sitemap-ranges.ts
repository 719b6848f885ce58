import "server-only";
import { db } from "@/lib/db";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { SITEMAP_URL_LIMIT } from "@/lib/sitemaps/sitemap-files";

export type SitemapRange = { key: string; count: number; lastmod: string };
type Row = { key: string; count: number; lastmod: Date };

// Both aggregate over Article_sitemap_idx (status, publishedAt, id, contentUpdatedAt): an
// index-only scan, no table rows read.
const byMonth = () => db.$queryRaw<Row[]>`
  SELECT to_char(date_trunc('month', "publishedAt"), 'YYYY-MM') AS key, count(*)::int AS count,
         max(COALESCE("contentUpdatedAt", "publishedAt")) AS lastmod
  FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" IS NOT NULL
  GROUP BY 1 ORDER BY 1`;

const byDay = (start: Date, end: Date) => db.$queryRaw<Row[]>`
  SELECT to_char(date_trunc('day', "publishedAt"), 'YYYY-MM-DD') AS key, count(*)::int AS count,
         max(COALESCE("contentUpdatedAt", "publishedAt")) AS lastmod
  FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" >= ${start} AND "publishedAt" < ${end}
  GROUP BY 1 ORDER BY 1`;

async function loadSitemapRanges(): Promise<SitemapRange[]> {
  const ranges: SitemapRange[] = [];
  for (const month of await byMonth()) {
    if (month.count <= SITEMAP_URL_LIMIT) {
      ranges.push({ ...month, lastmod: month.lastmod.toISOString() });
      continue;
    }
    // A month too large for one file is split into its days.
    const [y, m] = month.key.split("-").map(Number);
    const days = await byDay(new Date(Date.UTC(y, m - 1, 1)), new Date(Date.UTC(y, m, 1)));
    for (const day of days) ranges.push({ ...day, lastmod: day.lastmod.toISOString() });
  }
  return ranges;
}

/** The article sitemaps that exist: one per month with published articles (per day when needed). */
export const listSitemapRanges = cached(loadSitemapRanges, "sitemap-ranges", () => [tags.articles]);
