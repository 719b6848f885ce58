import "server-only";
import { db } from "@/lib/db";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { SITEMAP_URL_LIMIT } from "@/lib/sitemaps/sitemap-files";

export type SitemapRange = { key: string; count: number; lastmod: string };
type Row = { key: string; count: number; lastmod: Date };

// One row per month with published articles, kept by the database (a trigger on Article maintains
// "m:YYYY-MM" in ArticleListCount with the month's count and when its file last changed): the index
// reads about 12 rows per year of archive. Counting the months from the articles read every
// published article's index entry instead (0.7 s at a million articles, after every publication).
const byMonth = () => db.$queryRaw<Row[]>`
  SELECT substr(key, 3) AS key, published AS count, lastmod FROM "ArticleListCount"
  WHERE key LIKE 'm:%' AND published > 0 AND lastmod IS NOT NULL ORDER BY key`;

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
