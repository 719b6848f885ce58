import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { startJobs } from "@/lib/jobs/run-jobs";
import { announceComment } from "@/lib/comments/announce-comment";
import { commentTags } from "@/lib/comments/comment-tags";
import { loadComment } from "@/lib/comments/load-comment";
import { refreshCommentCount } from "@/lib/comments/refresh-comment-count";

/**
 * A moderator lets a held, hidden or reported comment stand: it is published and its open reports
 * are closed. A comment seen for the first time is announced as if it had just been posted.
 */
export async function approveComment(actor: Actor | null, commentId: string) {
  authorize(actor, "comment:moderate", undefined);
  const comment = await loadComment(commentId);
  if (comment.status === "REMOVED" || comment.status === "DELETED")
    throw new AppError("CONFLICT", "Komentar ini sudah dihapus.");
  const emails = await db.$transaction(async (tx) => {
    const { count } = await tx.comment.updateMany({
      where: { id: commentId, status: comment.status },
      data: { status: "PUBLISHED", reportCount: 0, heldReason: null, hiddenById: null },
    });
    if (count === 0)
      throw new AppError("CONFLICT", "Komentar ini baru saja diputuskan. Muat ulang.");
    await tx.commentReport.updateMany({
      where: { commentId, resolvedAt: null },
      data: { resolvedAt: new Date() },
    });
    await refreshCommentCount(tx, comment.articleId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.approve",
      targetType: "Comment",
      targetId: commentId,
      before: { status: comment.status },
      after: { status: "PUBLISHED" },
    });
    if (comment.status !== "HELD") return [];
    const parent = comment.parentId
      ? await tx.comment.findUnique({ where: { id: comment.parentId }, select: { authorId: true } })
      : null;
    return announceComment(tx, {
      authorId: comment.authorId,
      article: comment.article,
      repliedToAuthorId: parent?.authorId ?? null,
    });
  });
  startJobs(emails.map((email) => email?.jobId));
  return { tags: commentTags(comment.articleId, comment.authorId) };
}
