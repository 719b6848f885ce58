import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { commentTags } from "@/lib/comments/comment-tags";
import { loadComment } from "@/lib/comments/load-comment";
import { refreshCommentCount } from "@/lib/comments/refresh-comment-count";

/**
 * The author takes back their comment. The text is erased; a comment with replies leaves
 * "komentar dihapus" in its place so the replies keep their context.
 */
export async function deleteComment(actor: Actor | null, commentId: string) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  const comment = await loadComment(commentId);
  authorize(actor, "comment:delete", comment);
  await db.$transaction(async (tx) => {
    await tx.comment.update({
      where: { id: commentId },
      data: { status: "DELETED", body: "" },
      select: { id: true },
    });
    await refreshCommentCount(tx, comment.articleId);
  });
  return { tags: commentTags(comment.articleId, actor.id) };
}
