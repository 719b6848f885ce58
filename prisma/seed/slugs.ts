import { slugify } from "../../lib/format/slug";
import type { SeedArticle } from "./types";

/**
 * Gives every article a unique slug ("judul", "judul-2", …) in the given order. Reserved slugs
 * (section slugs, route words) are never used: /news/dunia must stay the sub-section page.
 */
export function assignSlugs(articles: SeedArticle[], reserved: Iterable<string>) {
  const taken = new Set(reserved);
  for (const article of articles) {
    const base = slugify(article.title) || "artikel";
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    article.slug = slug;
  }
}
