import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CommentRef } from "@/lib/comments/policy";

export type LoadedComment = CommentRef & {
  id: string;
  articleId: string;
  parentId: string | null;
  body: string;
  article: { id: string; title: string; writerId: string };
};

/** A comment with the facts the policy needs; NOT_FOUND for ids that do not exist. */
export async function loadComment(commentId: string): Promise<LoadedComment> {
  const row = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      id: true,
      articleId: true,
      parentId: true,
      authorId: true,
      status: true,
      body: true,
      createdAt: true,
      article: { select: { id: true, title: true, writerId: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Komentar tidak ditemukan.");
  return { ...row, articleWriterId: row.article.writerId };
}
