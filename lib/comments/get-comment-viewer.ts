import "server-only";
import { can, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { activeBan } from "@/lib/comments/active-ban";
import { EDIT_WINDOW_MS } from "@/lib/comments/policy";
import { getMyReaction } from "@/lib/reactions/get-my-reaction";
import type { Visitor } from "@/lib/reactions/reader-key";

export type OwnComment = {
  id: string;
  parentId: string | null;
  body: string;
  status: "PUBLISHED" | "HELD";
  createdAt: string;
  editedAt: string | null;
  /** Until when it may still be edited (ISO), or null. */
  editableUntil: string | null;
};

export type CommentViewer = {
  user: { displayName: string; username: string; emailVerified: boolean } | null;
  ban: { until: string | null; reason: string } | null;
  moderator: boolean;
  /** May hide comments here: an editor, or the writer of this article. */
  mayHide: boolean;
  own: OwnComment[];
  reported: string[];
  reaction: string | null;
};

/**
 * What only this reader sees under an article, fetched apart from the cached thread: their held
 * comments ("menunggu moderasi"), which of theirs they may still edit, their ban, their reaction.
 */
export async function getCommentViewer(
  actor: (Actor & { displayName: string; username: string; emailVerifiedAt: Date | null }) | null,
  articleId: string,
  visitor: Visitor,
  now = new Date(),
): Promise<CommentViewer> {
  const reaction = await getMyReaction(actor, articleId, visitor);
  if (!actor)
    return {
      user: null,
      ban: null,
      moderator: false,
      mayHide: false,
      own: [],
      reported: [],
      reaction,
    };
  const [article, own, reports, ban] = await Promise.all([
    db.article.findUnique({ where: { id: articleId }, select: { writerId: true } }),
    db.comment.findMany({
      where: { articleId, authorId: actor.id, status: { in: ["PUBLISHED", "HELD"] } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        parentId: true,
        body: true,
        status: true,
        createdAt: true,
        editedAt: true,
      },
    }),
    db.commentReport.findMany({
      where: { reporterId: actor.id, comment: { articleId } },
      select: { commentId: true },
    }),
    activeBan(actor.id),
  ]);
  const moderator = can(actor, "comment:moderate", undefined);
  return {
    user: {
      displayName: actor.displayName,
      username: actor.username,
      emailVerified: Boolean(actor.emailVerifiedAt),
    },
    ban: ban ? { until: ban.until?.toISOString() ?? null, reason: ban.reason } : null,
    moderator,
    mayHide: moderator || article?.writerId === actor.id,
    own: own.map((c) => {
      const until = c.createdAt.getTime() + EDIT_WINDOW_MS;
      return {
        id: c.id,
        parentId: c.parentId,
        body: c.body,
        status: c.status === "HELD" ? "HELD" : "PUBLISHED",
        createdAt: c.createdAt.toISOString(),
        editedAt: c.editedAt?.toISOString() ?? null,
        editableUntil: until > now.getTime() ? new Date(until).toISOString() : null,
      };
    }),
    reported: reports.map((r) => r.commentId),
    reaction,
  };
}
