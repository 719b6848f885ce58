import "server-only";
import { db } from "@/lib/db";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { SITEMAP_URL_LIMIT } from "@/lib/sitemaps/sitemap-files";

/** Usernames of writers with published work: exactly the profiles that exist as pages. */
async function loadSitemapWriters(): Promise<string[]> {
  // One probe of Article(writerId, status) per user, instead of scanning every article.
  const rows = await db.$queryRaw<{ username: string }[]>`
    SELECT u.username FROM "User" u
    WHERE EXISTS (SELECT 1 FROM "Article" a WHERE a."writerId" = u.id AND a.status = 'PUBLISHED')
    ORDER BY u.username LIMIT ${SITEMAP_URL_LIMIT}`;
  return rows.map((row) => row.username);
}

export const listSitemapWriters = cached(loadSitemapWriters, "sitemap-writers", () => [
  tags.articles,
]);
