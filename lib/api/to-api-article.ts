import type { z } from "zod";
import type { PublicArticle } from "@/lib/articles/public-article";
import type { articleSchema, articleSummarySchema } from "@/lib/api/api-schemas";

type ApiArticleSummary = z.infer<typeof articleSummarySchema>;
type ApiArticle = z.infer<typeof articleSchema>;

/** A published article in the API's field names, with absolute URLs. */
export function toApiArticleSummary(article: PublicArticle, siteUrl: string): ApiArticleSummary {
  const url = (path: string) => new URL(path, siteUrl).toString();
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    subtitle: article.subtitle,
    summary: article.summary,
    url: url(article.path),
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    section: {
      slug: article.section.slug,
      name: article.section.name,
      url: url(article.section.path),
    },
    topics: article.topics.map((t) => ({
      slug: t.slug,
      name: t.name,
      url: url(`/topik/${t.slug}`),
    })),
    writer: {
      username: article.writer.username,
      displayName: article.writer.displayName,
      verified: article.writer.verified,
      url: url(`/penulis/${article.writer.username}`),
    },
    editor: article.editor,
    heroImage: article.hero && { ...article.hero, url: url(article.hero.url) },
    wordCount: article.wordCount,
  };
}

export function toApiArticle(article: PublicArticle, siteUrl: string): ApiArticle {
  return { ...toApiArticleSummary(article, siteUrl), bodyHtml: article.bodyHtml };
}
