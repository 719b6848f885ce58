import "server-only";
import { db } from "@/lib/db";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import { documentSchema } from "@/lib/articles/document-schema";
import { documentSections, readAlsoIds, renderDocumentHtml, type ReadAlsoTarget } from "@/lib/articles/render-document";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";

export type ArticlePageData = {
  id: string;
  path: string;
  title: string;
  subtitle: string;
  datelineCity: string;
  bodyHtml: string;
  description: string;
  sections: { number: number; anchor: string; title: string }[];
  hero: { url: string; alt: string; caption: string; credit: string } | null;
  section: { name: string; href: string; parent: { name: string; href: string } | null };
  topics: { name: string; slug: string }[];
  writer: { displayName: string; username: string; avatarUrl: string | null; bio: string; verified: boolean; isDemo: boolean };
  editorName: string | null;
  publishedAt: string;
  contentUpdatedAt: string | null;
  correction: { note: string; at: string } | null;
  source: { name: string; url: string | null; license: string | null } | null;
  wordCount: number;
};

export type ArticleLookup =
  | { kind: "found"; article: ArticlePageData }
  | { kind: "redirect"; to: string }
  | { kind: "gone"; title: string; reason: string | null }
  | { kind: "not-found" };

async function readAlsoTargets(ids: string[]) {
  if (!ids.length) return new Map<string, ReadAlsoTarget>();
  const targets = await db.article.findMany({
    where: { id: { in: ids }, status: "PUBLISHED" },
    select: { id: true, title: true, slug: true, section: { select: sectionPathSelect } },
  });
  return new Map(targets.map((t) => [t.id, { title: t.title, url: articlePath(t.slug, t.section) }]));
}

async function loadArticlePage(sectionSlug: string, slug: string): Promise<ArticleLookup> {
  const article = await db.article.findUnique({
    where: { slug },
    include: {
      section: { select: sectionPathSelect },
      topics: { select: { topic: { select: { name: true, slug: true } } }, orderBy: { topic: { name: "asc" } } },
      writer: { select: { displayName: true, username: true, avatarUrl: true, bio: true, tier: true, isDemo: true } },
      editor: { select: { displayName: true } },
    },
  });

  if (!article || !["PUBLISHED", "UNPUBLISHED"].includes(article.status)) {
    const redirect = await db.slugRedirect.findUnique({ where: { kind_oldSlug: { kind: "ARTICLE", oldSlug: slug } } });
    if (!redirect) return { kind: "not-found" };
    const target = await db.article.findFirst({
      where: { id: redirect.targetId, status: "PUBLISHED" },
      select: { slug: true, section: { select: sectionPathSelect } },
    });
    return target ? { kind: "redirect", to: articlePath(target.slug, target.section) } : { kind: "not-found" };
  }
  if (article.status === "UNPUBLISHED") return { kind: "gone", title: article.title, reason: article.unpublishReason };

  const path = articlePath(article.slug, article.section);
  if (path !== `/${sectionSlug}/${slug}`) return { kind: "redirect", to: path };

  const doc = documentSchema.parse(article.body);
  const targets = await readAlsoTargets(readAlsoIds(doc));
  const hero = article.heroImageUrl
    ? { url: article.heroImageUrl, alt: article.heroImageAlt ?? article.heroImageCaption ?? "", caption: article.heroImageCaption ?? "", credit: article.heroImageCredit ?? "" }
    : null;

  return {
    kind: "found",
    article: {
      id: article.id,
      path,
      title: article.title,
      subtitle: article.subtitle,
      datelineCity: article.datelineCity,
      bodyHtml: renderDocumentHtml(doc, (id) => targets.get(id)),
      description: article.subtitle || article.bodyText.slice(0, 160),
      sections: documentSections(doc),
      hero,
      section: {
        name: article.section.name,
        href: article.section.parent ? `/${article.section.parent.slug}/${article.section.slug}` : `/${article.section.slug}`,
        parent: article.section.parent && { name: article.section.parent.name, href: `/${article.section.parent.slug}` },
      },
      topics: article.topics.map((t) => t.topic),
      writer: {
        displayName: article.writer.displayName,
        username: article.writer.username,
        avatarUrl: article.writer.avatarUrl,
        bio: article.writer.bio,
        verified: article.writer.tier === "VERIFIED",
        isDemo: article.writer.isDemo,
      },
      editorName: article.editor?.displayName ?? null,
      publishedAt: (article.publishedAt ?? article.createdAt).toISOString(),
      contentUpdatedAt: article.contentUpdatedAt?.toISOString() ?? null,
      correction: article.correctionNote && article.correctionAt ? { note: article.correctionNote, at: article.correctionAt.toISOString() } : null,
      source: article.sourceName ? { name: article.sourceName, url: article.sourceUrl, license: article.sourceLicense } : null,
      wordCount: article.wordCount,
    },
  };
}

/**
 * The article page by its URL: follows renamed slugs and wrong sections with a redirect, and tells
 * an unpublished article apart from one that never existed. "Baca Juga" titles are read live.
 */
export const getArticlePage = cached(loadArticlePage, "article-page", ([, slug]) => [tags.articles, `article-slug:${slug}`]);
