import "server-only";
import { db, type Prisma } from "@/lib/db";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import { documentSchema } from "@/lib/articles/document-schema";
import {
  documentSections,
  documentText,
  readAlsoIds,
  renderDocumentHtml,
  type ReadAlsoTarget,
} from "@/lib/articles/render-document";
import { sectionHref } from "@/lib/sections/section-href";

// The article page's data, built from one row. Shared by the reader page and the desk's preview, so
// an editor sees exactly what readers will see.

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
  writer: {
    displayName: string;
    username: string;
    avatarUrl: string | null;
    bio: string;
    verified: boolean;
    isDemo: boolean;
  };
  editorName: string | null;
  publishedAt: string;
  contentUpdatedAt: string | null;
  /** The public log of updates ("Pembaruan") and corrections ("Ralat"), oldest first. */
  publicChanges: { id: string; kind: "UPDATE" | "CORRECTION"; note: string; at: string }[];
  source: { name: string; url: string | null; license: string | null } | null;
  wordCount: number;
};

// Only what the page shows: the full row also carries the rendered HTML, the plain text and the
// search vector, which the page rebuilds or never needs, and which cost more to fetch than the rest.
export const articlePageSelect = {
  id: true,
  title: true,
  slug: true,
  subtitle: true,
  datelineCity: true,
  body: true,
  wordCount: true,
  heroImageUrl: true,
  heroImageAlt: true,
  heroImageCaption: true,
  heroImageCredit: true,
  status: true,
  unpublishReason: true,
  publishedAt: true,
  createdAt: true,
  contentUpdatedAt: true,
  publicChanges: {
    select: { id: true, kind: true, note: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
  sourceName: true,
  sourceUrl: true,
  sourceLicense: true,
  section: { select: sectionPathSelect },
  topics: {
    select: { topic: { select: { name: true, slug: true } } },
    orderBy: { topic: { name: "asc" } },
  },
  writer: {
    select: {
      displayName: true,
      username: true,
      avatarUrl: true,
      bio: true,
      tier: true,
      isDemo: true,
    },
  },
  editor: { select: { displayName: true } },
} satisfies Prisma.ArticleSelect;

export type ArticlePageRow = Prisma.ArticleGetPayload<{ select: typeof articlePageSelect }>;

/** "Baca Juga" targets are read live and only ever point at published articles. */
async function readAlsoTargets(ids: string[]) {
  if (!ids.length) return new Map<string, ReadAlsoTarget>();
  const targets = await db.article.findMany({
    where: { id: { in: ids }, status: "PUBLISHED" },
    select: { id: true, title: true, slug: true, section: { select: sectionPathSelect } },
  });
  return new Map(
    targets.map((t) => [t.id, { title: t.title, url: articlePath(t.slug, t.section) }]),
  );
}

/**
 * Maps a row to the page's data. The desk's preview of an article not yet published passes the
 * moment and editor it would be published with; the reader page passes nothing.
 */
export async function toArticlePageData(
  article: ArticlePageRow,
  preview: { publishedAt?: Date; editorName?: string | null } = {},
): Promise<ArticlePageData> {
  const doc = documentSchema.parse(article.body);
  const targets = await readAlsoTargets(readAlsoIds(doc));
  const hero = article.heroImageUrl
    ? {
        url: article.heroImageUrl,
        alt: article.heroImageAlt ?? article.heroImageCaption ?? "",
        caption: article.heroImageCaption ?? "",
        credit: article.heroImageCredit ?? "",
      }
    : null;
  return {
    id: article.id,
    path: articlePath(article.slug, article.section),
    title: article.title,
    subtitle: article.subtitle,
    datelineCity: article.datelineCity,
    bodyHtml: renderDocumentHtml(doc, (id) => targets.get(id)),
    description: article.subtitle || documentText(doc).slice(0, 160),
    sections: documentSections(doc),
    hero,
    section: {
      name: article.section.name,
      href: sectionHref(article.section),
      parent: article.section.parent && {
        name: article.section.parent.name,
        href: `/${article.section.parent.slug}`,
      },
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
    editorName:
      preview.editorName !== undefined ? preview.editorName : (article.editor?.displayName ?? null),
    publishedAt: (article.publishedAt ?? preview.publishedAt ?? article.createdAt).toISOString(),
    contentUpdatedAt: article.contentUpdatedAt?.toISOString() ?? null,
    publicChanges: article.publicChanges.map((c) => ({
      id: c.id,
      kind: c.kind,
      note: c.note,
      at: c.createdAt.toISOString(),
    })),
    source: article.sourceName
      ? { name: article.sourceName, url: article.sourceUrl, license: article.sourceLicense }
      : null,
    wordCount: article.wordCount,
  };
}
