import "server-only";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { startJobs } from "@/lib/jobs/run-jobs";
import { activeBan } from "@/lib/comments/active-ban";
import { commentBodySchema } from "@/lib/comments/comment-body-schema";
import { commentTags } from "@/lib/comments/comment-tags";
import { explainCommentRefusal } from "@/lib/comments/explain-refusal";
import { holdReason } from "@/lib/comments/hold-reason";
import { announceComment } from "@/lib/comments/announce-comment";
import type { QueuedEmail } from "@/lib/notifications/notify";
import { refreshCommentCount } from "@/lib/comments/refresh-comment-count";
import { commentsClosed, commentsClosedByDefault } from "@/lib/comments/site-settings";
import { throttleComment } from "@/lib/comments/comment-throttle";

// Only these fields are read from the request: an author id or role in the body is ignored.
export const postCommentSchema = z.object({
  body: commentBodySchema,
  parentId: z.string().min(1).max(64).nullish(),
});

export type PostedComment = { id: string; status: "PUBLISHED" | "HELD"; tags: string[] };

/**
 * A reader's comment or reply on a published article. Held for a moderator when the member is
 * new, the text has many links or a listed word; published otherwise. Rate-limited per account
 * and per address (`ip` from clientIp()).
 */
export async function postComment(
  actor: Actor | null,
  articleId: string,
  rawInput: unknown,
  { ip }: { ip: string },
): Promise<PostedComment> {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Masuk terlebih dahulu untuk berkomentar.");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, status: true, writerId: true, title: true, commentsClosed: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  const [user, ban, byDefault] = await Promise.all([
    db.user.findUnique({ where: { id: actor.id }, select: { emailVerifiedAt: true } }),
    activeBan(actor.id),
    commentsClosedByDefault(),
  ]);
  if (!user) throw new AppError("UNAUTHENTICATED", "Masuk terlebih dahulu untuk berkomentar.");
  const target = {
    articleStatus: article.status,
    commentsClosed: commentsClosed(article, byDefault),
    emailVerified: Boolean(user.emailVerifiedAt),
    banned: Boolean(ban),
  };
  if (!can(actor, "comment:create", target)) throw explainCommentRefusal(target, ban);
  const input = postCommentSchema.parse(rawInput);

  // A reply to a reply joins the thread of its top-level comment: one level of replies only.
  let parent: { id: string; authorId: string } | null = null;
  if (input.parentId) {
    const found = await db.comment.findFirst({
      where: { id: input.parentId, articleId, status: "PUBLISHED" },
      select: { id: true, authorId: true, parentId: true },
    });
    if (!found) throw new AppError("NOT_FOUND", "Komentar yang Anda balas tidak ada lagi.");
    // The person replied to is told, even when the thread's top comment is someone else's.
    parent = { id: found.parentId ?? found.id, authorId: found.authorId };
  }
  await throttleComment("comment", { userId: actor.id, ip });

  const trustedByRole =
    actor.role === "EDITOR" || actor.role === "ADMIN" || actor.id === article.writerId;
  const { comment, emails } = await db.$transaction(async (tx) => {
    const reason = await holdReason(tx, { authorId: actor.id, body: input.body, trustedByRole });
    const comment = await tx.comment.create({
      data: {
        articleId,
        authorId: actor.id,
        parentId: parent?.id ?? null,
        body: input.body,
        status: reason ? "HELD" : "PUBLISHED",
        heldReason: reason,
      },
      select: { id: true, status: true },
    });
    const emails: (QueuedEmail | null)[] = [];
    if (!reason) {
      await refreshCommentCount(tx, articleId);
      emails.push(
        ...(await announceComment(tx, {
          authorId: actor.id,
          article,
          repliedToAuthorId: parent?.authorId ?? null,
        })),
      );
    }
    return { comment, emails };
  });
  startJobs(emails.map((email) => email?.jobId));
  return {
    id: comment.id,
    status: comment.status === "HELD" ? "HELD" : "PUBLISHED",
    tags: commentTags(articleId, actor.id),
  };
}
