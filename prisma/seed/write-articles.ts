// Bulk inserts of the taxonomy and the articles: one statement per batch, never one per row,
// so the 3,400-article corpus loads in seconds.
import { documentJson } from "../../lib/articles/document-schema";
import type { Prisma } from "../../lib/generated/prisma/client";
import { stableId } from "./ids";
import { SECTIONS, TOPICS } from "./sections-and-topics";
import type { SeedArticle } from "./types";

type Tx = Prisma.TransactionClient;

const ARTICLE_BATCH = 250;
const ROW_BATCH = 5_000;

export const sectionId = (slug: string) => stableId("section", slug);
export const topicId = (slug: string) => stableId("topic", slug);

export function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export async function writeSections(db: Tx) {
  const { count } = await db.section.createMany({
    data: SECTIONS.map((s) => ({
      id: sectionId(s.slug),
      slug: s.slug,
      name: s.name,
      description: s.description,
      position: s.position,
      parentId: s.parent ? sectionId(s.parent) : null,
    })),
  });
  return count;
}

/** Only topics that at least one article uses: an empty topic page helps nobody. */
export async function writeTopics(db: Tx, articles: SeedArticle[]) {
  const used = new Set(articles.flatMap((a) => a.topicSlugs));
  const unknown = [...used].filter((slug) => !TOPICS.some((t) => t.slug === slug));
  if (unknown.length) throw new Error(`articles use undefined topics: ${unknown.join(", ")}`);
  const { count } = await db.topic.createMany({
    data: TOPICS.filter((t) => used.has(t.slug)).map((t) => ({
      id: topicId(t.slug),
      slug: t.slug,
      name: t.name,
      description: t.description,
    })),
  });
  return count;
}

type ArticleContext = {
  userIds: Map<string, string>;
  editorId: string;
  viewCounts: Map<string, number>;
  now: Date;
};

function articleRow(article: SeedArticle, ctx: ArticleContext): Prisma.ArticleCreateManyInput {
  const writerId = ctx.userIds.get(article.writerEmail);
  if (!writerId) throw new Error(`unknown writer ${article.writerEmail}`);
  return {
    id: article.id,
    title: article.title,
    slug: article.slug,
    subtitle: article.subtitle,
    datelineCity: article.datelineCity,
    body: documentJson(article.body),
    bodyHtml: article.bodyHtml,
    bodyText: article.bodyText,
    wordCount: article.wordCount,
    heroImageUrl: article.hero?.url ?? null,
    heroImageAlt: article.hero?.alt ?? null,
    heroImageCaption: article.hero?.caption ?? null,
    heroImageCredit: article.hero?.credit ?? null,
    sectionId: sectionId(article.sectionSlug),
    writerId,
    editorId: ctx.editorId,
    status: "PUBLISHED",
    submittedAt: article.submittedAt,
    publishedAt: article.publishedAt,
    version: 1,
    featured: article.featured,
    featuredAt: article.featured ? ctx.now : null,
    viewCount: ctx.viewCounts.get(article.id) ?? 0,
    sourceName: article.source?.name ?? null,
    sourceUrl: article.source?.url ?? null,
    sourceLicense: article.source?.license ?? null,
    createdAt: article.createdAt,
  };
}

/** Articles, their first revision and their topic links. */
export async function writeArticles(db: Tx, articles: SeedArticle[], ctx: ArticleContext) {
  for (const batch of chunks(articles, ARTICLE_BATCH)) {
    await db.article.createMany({ data: batch.map((a) => articleRow(a, ctx)) });
    await db.revision.createMany({
      data: batch.map((a) => ({
        id: stableId("revision", a.id),
        articleId: a.id,
        version: 1,
        authorId: ctx.userIds.get(a.writerEmail),
        title: a.title,
        subtitle: a.subtitle,
        body: documentJson(a.body),
        createdAt: a.submittedAt,
      })),
    });
  }
  const links = articles.flatMap((a) =>
    a.topicSlugs.map((slug) => ({ articleId: a.id, topicId: topicId(slug) })),
  );
  for (const batch of chunks(links, ROW_BATCH)) await db.articleTopic.createMany({ data: batch });
  return { articles: articles.length, revisions: articles.length, topicLinks: links.length };
}
