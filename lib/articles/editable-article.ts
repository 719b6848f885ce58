import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import {
  documentSchema,
  emptyDocument,
  type ArticleDocument,
} from "@/lib/articles/document-schema";

// The article as the studio edits it: everything a save carries, plus status and version.

export const editableArticleSelect = {
  id: true,
  writerId: true,
  status: true,
  version: true,
  title: true,
  subtitle: true,
  datelineCity: true,
  sectionId: true,
  body: true,
  heroImageUrl: true,
  heroImageAlt: true,
  heroImageCaption: true,
  heroImageCredit: true,
  proposedTopics: true,
  reviewNote: true,
  reviewedAt: true,
  submittedAt: true,
  claimedAt: true,
  publishedAt: true,
  viewCount: true,
  slug: true,
  updatedAt: true,
  lastEditedById: true,
  topics: { select: { topicId: true } },
  section: { select: { slug: true, parent: { select: { slug: true } } } },
} satisfies Prisma.ArticleSelect;

export type EditableArticle = {
  id: string;
  status: ArticleStatus;
  version: number;
  title: string;
  subtitle: string;
  datelineCity: string;
  sectionId: string;
  topicIds: string[];
  proposedTopics: string[];
  body: ArticleDocument;
  heroImageUrl: string | null;
  heroImageAlt: string;
  heroImageCaption: string;
  heroImageCredit: string;
  reviewNote: string | null;
  reviewedAt: string | null;
  submittedAt: string | null;
  claimed: boolean;
  publishedAt: string | null;
  publicPath: string | null;
  viewCount: number;
  savedAt: string;
  lastEditedById: string | null;
};

type Row = Prisma.ArticleGetPayload<{ select: typeof editableArticleSelect }>;

export function toEditableArticle(row: Row): EditableArticle {
  const parsed = documentSchema.safeParse(row.body);
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    title: row.title,
    subtitle: row.subtitle,
    datelineCity: row.datelineCity,
    sectionId: row.sectionId,
    topicIds: row.topics.map((t) => t.topicId),
    proposedTopics: row.proposedTopics,
    body: parsed.success ? parsed.data : emptyDocument,
    heroImageUrl: row.heroImageUrl,
    heroImageAlt: row.heroImageAlt ?? "",
    heroImageCaption: row.heroImageCaption ?? "",
    heroImageCredit: row.heroImageCredit ?? "",
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    claimed: Boolean(row.claimedAt),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publicPath:
      row.status === "PUBLISHED"
        ? `/${row.section.parent?.slug ?? row.section.slug}/${row.slug}`
        : null,
    viewCount: row.viewCount,
    savedAt: row.updatedAt.toISOString(),
    lastEditedById: row.lastEditedById,
  };
}
