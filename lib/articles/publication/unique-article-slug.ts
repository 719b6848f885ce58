import "server-only";
import { articleSlugBase } from "@/lib/articles/publication/article-slug";
import type { TxClient } from "@/lib/db-tx";

// A published article's URL is /{section}/{slug}: the slug must not be a section's (sub-sections
// share that URL shape), nor "halaman" (pagination), nor an old slug that redirects elsewhere, and
// must not look like a draft's placeholder ("draf-…").
const RESERVED = new Set(["halaman"]);

/** The title's slug, or the first free "-2", "-3", … variant. The unique index settles a race. */
export async function uniqueArticleSlug(
  tx: TxClient,
  title: string,
  articleId: string,
): Promise<string> {
  const base = articleSlugBase(title);
  const [articles, sections, redirects] = await Promise.all([
    tx.article.findMany({
      where: { slug: { startsWith: base }, id: { not: articleId } },
      select: { slug: true },
    }),
    tx.section.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } }),
    tx.slugRedirect.findMany({
      where: { kind: "ARTICLE", oldSlug: { startsWith: base }, targetId: { not: articleId } },
      select: { oldSlug: true },
    }),
  ]);
  const taken = new Set([
    ...articles.map((a) => a.slug),
    ...sections.map((s) => s.slug),
    ...redirects.map((r) => r.oldSlug),
    ...RESERVED,
  ]);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
