import "server-only";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { currentPopularArticles } from "@/lib/views/current-popular-articles";

export type PopularLink = { title: string; href: string; views: number };

async function loadPopularLinks(limit: number): Promise<PopularLink[]> {
  const rows = await currentPopularArticles({ limit });
  return rows.map((p) => ({ title: p.title, href: `/${p.sectionSlug}/${p.slug}`, views: p.views }));
}

/**
 * "Terpopuler" of the last seven days as links, for pages other than the home page (which reads it
 * inside its own cached loader). Tagged with the article lists, so an unpublished article leaves it
 * at once; new views show when the hour-long cache entry expires (and the scheduler's five-minute
 * snapshot has them).
 */
export const listPopularArticles = cached(loadPopularLinks, "popular-links", () => [tags.articles]);
