import type { Prisma } from "@/lib/generated/prisma/client";

// The shape every article list on the reader side uses, and the select that produces it.

export const sectionPathSelect = {
  slug: true,
  name: true,
  parent: { select: { slug: true, name: true } },
} satisfies Prisma.SectionSelect;

export const articleCardSelect = {
  id: true,
  title: true,
  slug: true,
  subtitle: true,
  publishedAt: true,
  heroImageUrl: true,
  heroImageAlt: true,
  commentCount: true,
  section: { select: sectionPathSelect },
  writer: { select: { displayName: true, username: true } },
} satisfies Prisma.ArticleSelect;

type CardRow = Prisma.ArticleGetPayload<{ select: typeof articleCardSelect }>;
type SectionPath = { slug: string; name: string; parent: { slug: string; name: string } | null };

export type ArticleCard = {
  id: string;
  title: string;
  subtitle: string;
  href: string;
  publishedAt: string;
  heroImageUrl: string | null;
  heroImageAlt: string;
  sectionName: string;
  writerName: string;
  /** Published comments; refreshed with the card's cache, so it may lag behind the article's island. */
  commentCount: number;
};

/** Articles live under their top-level section: /news/{slug}, also for sub-section articles. */
export function articlePath(slug: string, section: SectionPath) {
  return `/${section.parent?.slug ?? section.slug}/${slug}`;
}

export function toArticleCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    title: row.title,
    subtitle: row.subtitle,
    href: articlePath(row.slug, row.section),
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    heroImageUrl: row.heroImageUrl,
    heroImageAlt: row.heroImageAlt ?? "",
    sectionName: row.section.name,
    writerName: row.writer.displayName,
    commentCount: row.commentCount,
  };
}
