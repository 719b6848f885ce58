import "server-only";
import { db } from "@/lib/db";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import {
  articlePageSelect,
  toArticlePageData,
  type ArticlePageData,
} from "@/lib/articles/article-page-data";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";

export type { ArticlePageData };

export type ArticleLookup =
  | { kind: "found"; article: ArticlePageData }
  | { kind: "redirect"; to: string }
  | { kind: "gone"; title: string; reason: string | null }
  | { kind: "not-found" };

async function loadArticlePage(sectionSlug: string, slug: string): Promise<ArticleLookup> {
  const article = await db.article.findUnique({ where: { slug }, select: articlePageSelect });

  if (!article || !["PUBLISHED", "UNPUBLISHED"].includes(article.status)) {
    const redirect = await db.slugRedirect.findUnique({
      where: { kind_oldSlug: { kind: "ARTICLE", oldSlug: slug } },
    });
    if (!redirect) return { kind: "not-found" };
    const target = await db.article.findFirst({
      where: { id: redirect.targetId, status: "PUBLISHED" },
      select: { slug: true, section: { select: sectionPathSelect } },
    });
    return target
      ? { kind: "redirect", to: articlePath(target.slug, target.section) }
      : { kind: "not-found" };
  }
  if (article.status === "UNPUBLISHED")
    return { kind: "gone", title: article.title, reason: article.unpublishReason };

  const path = articlePath(article.slug, article.section);
  if (path !== `/${sectionSlug}/${slug}`) return { kind: "redirect", to: path };

  return { kind: "found", article: await toArticlePageData(article) };
}

/**
 * The article page by its URL: follows renamed slugs and wrong sections with a redirect, and tells
 * an unpublished article apart from one that never existed. "Baca Juga" titles are read live.
 */
export const getArticlePage = cached(loadArticlePage, "article-page", ([, slug]) => [
  tags.articles,
  `article-slug:${slug}`,
]);
