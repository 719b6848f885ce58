import "server-only";
import { db, type Prisma } from "@/lib/db";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import { documentSchema } from "@/lib/articles/document-schema";
import {
  documentText,
  readAlsoIds,
  renderDocumentHtml,
  type ReadAlsoTarget,
} from "@/lib/articles/render-document";
import { sectionHref } from "@/lib/sections/section-href";

// A published article as it leaves the site (feeds, the public API): plain JSON, paths relative
// to the site, no e-mail addresses and no user ids. The body is rendered by render-document.ts.

export type PublicArticle = {
  id: string;
  slug: string;
  title: string;
  subtitle: string;
  path: string;
  summary: string;
  bodyHtml: string;
  publishedAt: string;
  updatedAt: string;
  section: { slug: string; name: string; path: string };
  topics: { slug: string; name: string }[];
  writer: { username: string; displayName: string; verified: boolean };
  editor: { displayName: string } | null;
  hero: { url: string; alt: string; caption: string; credit: string } | null;
  wordCount: number;
};

export const publicArticleSelect = {
  id: true,
  slug: true,
  title: true,
  subtitle: true,
  body: true,
  wordCount: true,
  publishedAt: true,
  contentUpdatedAt: true,
  heroImageUrl: true,
  heroImageAlt: true,
  heroImageCaption: true,
  heroImageCredit: true,
  section: { select: sectionPathSelect },
  topics: {
    select: { topic: { select: { name: true, slug: true } } },
    orderBy: { topic: { name: "asc" } },
  },
  writer: { select: { displayName: true, username: true, tier: true } },
  editor: { select: { displayName: true } },
} satisfies Prisma.ArticleSelect;

type Row = Prisma.ArticleGetPayload<{ select: typeof publicArticleSelect }>;

export const SUMMARY_LENGTH = 200;

/** Maps rows in one go: "Baca Juga" targets of every body are read in one query, published only. */
export async function toPublicArticles(rows: Row[]): Promise<PublicArticle[]> {
  const docs = rows.map((row) => documentSchema.parse(row.body));
  const ids = [...new Set(docs.flatMap(readAlsoIds))];
  const targets = new Map<string, ReadAlsoTarget>();
  if (ids.length) {
    const found = await db.article.findMany({
      where: { id: { in: ids }, status: "PUBLISHED" },
      select: { id: true, title: true, slug: true, section: { select: sectionPathSelect } },
    });
    for (const t of found)
      targets.set(t.id, { title: t.title, url: articlePath(t.slug, t.section) });
  }
  return rows.map((row, i) => {
    const publishedAt = (row.publishedAt ?? new Date(0)).toISOString();
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      subtitle: row.subtitle,
      path: articlePath(row.slug, row.section),
      summary: row.subtitle || documentText(docs[i]).slice(0, SUMMARY_LENGTH),
      bodyHtml: renderDocumentHtml(docs[i], (id) => targets.get(id)),
      publishedAt,
      updatedAt: row.contentUpdatedAt?.toISOString() ?? publishedAt,
      section: { slug: row.section.slug, name: row.section.name, path: sectionHref(row.section) },
      topics: row.topics.map((t) => t.topic),
      writer: {
        username: row.writer.username,
        displayName: row.writer.displayName,
        verified: row.writer.tier === "VERIFIED",
      },
      editor: row.editor ? { displayName: row.editor.displayName } : null,
      hero: row.heroImageUrl
        ? {
            url: row.heroImageUrl,
            alt: row.heroImageAlt ?? row.heroImageCaption ?? "",
            caption: row.heroImageCaption ?? "",
            credit: row.heroImageCredit ?? "",
          }
        : null,
      wordCount: row.wordCount,
    };
  });
}
