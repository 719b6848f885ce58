import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { commentTags } from "@/lib/comments/comment-tags";
import { loadComment } from "@/lib/comments/load-comment";
import { refreshCommentCount } from "@/lib/comments/refresh-comment-count";

/**
 * The writer of the article (or an editor) takes a comment out of view. It waits in the desk's
 * queue, where only an editor removes it for good or puts it back: the writer cannot ban or remove.
 */
export async function hideComment(actor: Actor | null, commentId: string) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  const comment = await loadComment(commentId);
  authorize(actor, "comment:hide", comment);
  await db.$transaction(async (tx) => {
    const { count } = await tx.comment.updateMany({
      where: { id: commentId, status: "PUBLISHED" },
      data: { status: "HIDDEN", hiddenById: actor.id },
    });
    if (count === 0) throw new AppError("CONFLICT", "Komentar ini sudah tidak tampil.");
    await refreshCommentCount(tx, comment.articleId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.hide",
      targetType: "Comment",
      targetId: commentId,
      before: { status: "PUBLISHED" },
      after: { status: "HIDDEN" },
    });
  });
  return { tags: commentTags(comment.articleId, comment.authorId) };
}
