import "server-only";
import { z } from "zod";
import { authorize, can, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { commentBodySchema } from "@/lib/comments/comment-body-schema";
import { commentTags } from "@/lib/comments/comment-tags";
import { holdReason } from "@/lib/comments/hold-reason";
import { loadComment } from "@/lib/comments/load-comment";
import { refreshCommentCount } from "@/lib/comments/refresh-comment-count";

export const editCommentSchema = z.object({ body: commentBodySchema });

/**
 * The author corrects their comment within ten minutes of posting; it is marked "diedit". New
 * links or listed words hold it again; a held comment stays held.
 */
export async function editComment(actor: Actor | null, commentId: string, rawInput: unknown) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  const comment = await loadComment(commentId);
  if (comment.authorId === actor.id && !can(actor, "comment:edit", comment))
    throw new AppError("FORBIDDEN", "Komentar hanya dapat diubah dalam 10 menit setelah dikirim.");
  authorize(actor, "comment:edit", comment);
  const { body } = editCommentSchema.parse(rawInput);

  const status = await db.$transaction(async (tx) => {
    const reason = await holdReason(tx, { authorId: actor.id, body, trustedByRole: true });
    const status = reason || comment.status === "HELD" ? "HELD" : "PUBLISHED";
    const { count } = await tx.comment.updateMany({
      where: { id: commentId, status: comment.status },
      data: { body, editedAt: new Date(), status, heldReason: reason ?? undefined },
    });
    if (count === 0) throw new AppError("CONFLICT", "Komentar ini baru saja berubah. Muat ulang.");
    await refreshCommentCount(tx, comment.articleId);
    return status;
  });
  return { status, tags: commentTags(comment.articleId, actor.id) };
}
