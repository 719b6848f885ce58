import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { articlePath } from "@/lib/articles/article-card";
import {
  articlePageSelect,
  toArticlePageData,
  type ArticlePageData,
} from "@/lib/articles/article-page-data";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

export type ReviewState = {
  id: string;
  status: ArticleStatus;
  title: string;
  writerName: string;
  submittedAt: string | null;
  scheduledFor: string | null;
  reviewNote: string | null;
  reviewedAt: string | null;
  proposedTopics: string[];
  featured: boolean;
  correctionNote: string | null;
  claimedBy: { id: string; displayName: string } | null;
  /** The public URL once published. */
  publicPath: string | null;
  canClaim: boolean;
  /** Release the claim: the holder's own, or, for an admin, anyone's (release-claim.ts, audited). */
  canRelease: boolean;
  /** Publish, schedule, request changes, reject: see lib/articles/review/decision-target.ts for the policy. */
  canDecide: boolean;
  canEdit: boolean;
};

export type ArticlePreview = { page: ArticlePageData; review: ReviewState };

/**
 * The article as readers will see it, in any status, for the desk: the reader page's own mapping,
 * with the date and editor credit it would be published with. Drafts stay the writer's.
 */
export async function getArticlePreview(
  actor: Actor | null,
  articleId: string,
  now = new Date(),
): Promise<ArticlePreview> {
  authorize(actor, "desk:enter", undefined);
  const article = await db.article.findUnique({
    where: { id: articleId },
    // Every column (the review panel and the permission check read more than the page does).
    include: {
      section: articlePageSelect.section,
      topics: articlePageSelect.topics,
      writer: articlePageSelect.writer,
      editor: articlePageSelect.editor,
      publicChanges: articlePageSelect.publicChanges,
      claimedBy: { select: { id: true, displayName: true } },
    },
  });
  if (!article || article.status === "DRAFT")
    throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:review", article);

  const published = article.status === "PUBLISHED" || article.status === "UNPUBLISHED";
  const self = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { displayName: true },
  });
  const page = await toArticlePageData(
    article,
    published
      ? {}
      : {
          publishedAt: article.scheduledFor ?? now,
          editorName:
            article.status === "SCHEDULED"
              ? (article.editor?.displayName ?? self.displayName)
              : self.displayName,
        },
  );

  const waiting = article.status === "SUBMITTED" || article.status === "IN_REVIEW";
  const mine = article.claimedById === actor.id;
  return {
    page,
    review: {
      id: article.id,
      status: article.status,
      title: article.title,
      writerName: article.writer.displayName,
      submittedAt: article.submittedAt?.toISOString() ?? null,
      scheduledFor: article.scheduledFor?.toISOString() ?? null,
      reviewNote: article.reviewNote,
      reviewedAt: article.reviewedAt?.toISOString() ?? null,
      proposedTopics: article.proposedTopics,
      featured: article.featured,
      correctionNote: article.correctionNote,
      claimedBy: article.claimedBy,
      publicPath:
        article.status === "PUBLISHED" ? articlePath(article.slug, article.section) : null,
      canClaim: article.status === "SUBMITTED" && !article.claimedById,
      canRelease:
        article.status === "IN_REVIEW" &&
        (mine || (actor.role === "ADMIN" && article.claimedById !== null)),
      canDecide: waiting && (!article.claimedById || mine),
      canEdit: (waiting && mine) || article.status === "SCHEDULED",
    },
  };
}
