import { slugify } from "@/lib/format/slug";

const MAX_BASE = 84;

/**
 * The slug publication gives a title before it looks for a free variant ("-2", "-3", …): never a
 * draft's placeholder ("draf-…"). Shared by uniqueArticleSlug and the tests that predict a URL.
 */
export function articleSlugBase(title: string): string {
  const slug = slugify(title, MAX_BASE) || "artikel";
  return slug === "draf" || slug.startsWith("draf-") ? `artikel-${slug}`.slice(0, MAX_BASE) : slug;
}
