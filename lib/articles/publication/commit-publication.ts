import "server-only";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import type { Prisma } from "@/lib/db";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { acceptProposedTopics } from "@/lib/articles/publication/accept-proposed-topics";
import type { TxClient } from "@/lib/db-tx";
import { uniqueArticleSlug } from "@/lib/articles/publication/unique-article-slug";
import { enqueue } from "@/lib/jobs/enqueue";
import { notify } from "@/lib/notifications/notify";

export type PublicationInput = {
  articleId: string;
  /**
   * The state the article must still be in, checked in the UPDATE that publishes it: the row lock
   * it takes makes a second editor, a second scheduler tick or a second server wait, then find
   * nothing to change.
   */
  expected: Prisma.ArticleWhereInput & { status: ArticleStatus | { in: ArticleStatus[] } };
  /** The approving editor, credited on the page (null only if that account was deleted meanwhile). */
  editorId: string | null;
  /** Who the audit log names: the editor, or for a scheduled release the editor who scheduled it. */
  actorId: string | null;
  action: "article.publish" | "article.publish_scheduled";
  beforeStatus: ArticleStatus;
  now: Date;
};

export type Publication = {
  articleId: string;
  title: string;
  path: string;
  writer: { id: string; email: string; displayName: string; promoted: boolean };
  topicSlugs: string[];
  /** Cache tags of every reader page the publication changes; the caller revalidates them. */
  tags: string[];
  /** What runs after the commit: the search words (always) and the writer's email (if any). */
  jobs: { searchWords: string; email: string | null };
};

/**
 * Publishes inside the caller's transaction: status, date, approving editor, a real slug, the
 * proposed topics, the writer's first-publication promotion, a revision, the audit entry, the
 * writer's notification and email, and the search-words job. Returns null (and changes nothing) when the article is no longer in the
 * expected state.
 */
export async function commitPublication(
  tx: TxClient,
  input: PublicationInput,
): Promise<Publication | null> {
  const { articleId, now } = input;
  const gate = await tx.article.updateMany({
    where: { ...input.expected, id: articleId },
    data: {
      status: "PUBLISHED",
      editorId: input.editorId,
      claimedById: null,
      claimedAt: null,
      scheduledFor: null,
      reviewNote: null,
      version: { increment: 1 },
      // A scheduled article was decided when it was scheduled; that moment stays its review time.
      ...(input.beforeStatus !== "SCHEDULED" && { reviewedAt: now }),
    },
  });
  if (gate.count === 0) return null;

  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      title: true,
      subtitle: true,
      body: true,
      slug: true,
      version: true,
      publishedAt: true,
      proposedTopics: true,
      section: { select: sectionPathSelect },
      writer: { select: { id: true, email: true, displayName: true, tier: true } },
    },
  });
  const slug = article.slug.startsWith("draf-")
    ? await uniqueArticleSlug(tx, article.title, articleId)
    : article.slug;
  const publishedAt = article.publishedAt ?? now;
  await tx.article.update({
    where: { id: articleId },
    data: { slug, publishedAt, proposedTopics: [] },
    select: { id: true },
  });
  const topicSlugs = await acceptProposedTopics(tx, articleId, article.proposedTopics);

  const promoted =
    article.writer.tier === "MEMBER" &&
    (
      await tx.user.updateMany({
        where: { id: article.writer.id, tier: "MEMBER" },
        data: { tier: "WRITER" },
      })
    ).count > 0;
  if (promoted) {
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "user.tier_change",
      targetType: "User",
      targetId: article.writer.id,
      before: { tier: "MEMBER" },
      after: { tier: "WRITER", reason: "first_publication", articleId },
    });
  }

  await tx.revision.create({
    data: {
      articleId,
      version: article.version,
      authorId: input.actorId,
      title: article.title,
      subtitle: article.subtitle,
      body: article.body ?? {},
      note: "Diterbitkan",
    },
  });
  const path = articlePath(slug, article.section);
  await recordAudit(tx, {
    actorId: input.actorId,
    action: input.action,
    targetType: "Article",
    targetId: articleId,
    before: { status: input.beforeStatus },
    after: {
      status: "PUBLISHED",
      slug,
      publishedAt: publishedAt.toISOString(),
      editorId: input.editorId,
      acceptedTopics: topicSlugs,
    },
  });
  const email = await notify(tx, {
    userId: article.writer.id,
    type: "article.published",
    data: { articleId, title: article.title, path },
    emailLines: promoted
      ? ["Ini tulisan pertama Anda yang terbit: kini Anda tercatat sebagai Penulis Warta."]
      : [],
  });
  const searchWords = await enqueue(tx, "search.add-article-words", { articleId });

  return {
    articleId,
    title: article.title,
    path,
    writer: {
      id: article.writer.id,
      email: article.writer.email,
      displayName: article.writer.displayName,
      promoted,
    },
    topicSlugs,
    jobs: { searchWords, email: email?.jobId ?? null },
    tags: [
      tags.articles,
      tags.topics,
      tags.article(articleId),
      tags.writer(article.writer.id),
      `article-slug:${slug}`,
    ],
  };
}
