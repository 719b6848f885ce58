import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { startJobs } from "@/lib/jobs/run-jobs";
import { notify } from "@/lib/notifications/notify";
import { commentTags } from "@/lib/comments/comment-tags";
import { loadComment } from "@/lib/comments/load-comment";
import { refreshCommentCount } from "@/lib/comments/refresh-comment-count";

export const removeCommentSchema = z.object({
  reason: z
    .string({ error: "Tulis alasan penghapusan." })
    .trim()
    .min(5, "Tulis alasan penghapusan, minimal 5 karakter.")
    .max(300, "Alasan paling banyak 300 karakter."),
});

/** A moderator removes a comment for good, with a reason the commenter is told. */
export async function removeComment(actor: Actor | null, commentId: string, rawInput: unknown) {
  authorize(actor, "comment:moderate", undefined);
  const comment = await loadComment(commentId);
  const { reason } = removeCommentSchema.parse(rawInput);
  if (comment.status === "REMOVED" || comment.status === "DELETED")
    throw new AppError("CONFLICT", "Komentar ini sudah dihapus.");
  const email = await db.$transaction(async (tx) => {
    const { count } = await tx.comment.updateMany({
      where: { id: commentId, status: comment.status },
      data: { status: "REMOVED", removalReason: reason },
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
      action: "comment.remove",
      targetType: "Comment",
      targetId: commentId,
      before: { status: comment.status },
      after: { status: "REMOVED", removalReason: reason },
    });
    return notify(tx, {
      userId: comment.authorId,
      type: "comment.removed",
      data: { articleId: comment.articleId, title: comment.article.title, reason },
    });
  });
  startJobs([email?.jobId]);
  return { tags: commentTags(comment.articleId, comment.authorId) };
}
