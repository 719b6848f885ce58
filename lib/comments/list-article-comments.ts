import "server-only";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import type { ArticleComments, CommentBadge, PublicComment } from "@/lib/comments/public-comment";
import { commentsClosed, commentsClosedByDefault } from "@/lib/comments/site-settings";
import { countReactions } from "@/lib/reactions/count-reactions";

/** Threads shown per article; older ones beyond this are not loaded (newest first). */
export const THREAD_LIMIT = 300;

type Row = {
  id: string;
  parentId: string | null;
  status: CommentStatus;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  author: { displayName: string; username: string; role: string; id: string };
};

function toPublic(row: Row, writerId: string, replies: PublicComment[]): PublicComment {
  const visible = row.status === "PUBLISHED";
  const badge: CommentBadge =
    row.author.id === writerId
      ? "WRITER"
      : row.author.role === "EDITOR" || row.author.role === "ADMIN"
        ? "EDITOR"
        : null;
  return {
    id: row.id,
    body: visible ? row.body : null,
    gone: visible ? null : row.status === "DELETED" ? "DELETED" : "REMOVED",
    author: visible
      ? { displayName: row.author.displayName, username: row.author.username, badge }
      : null,
    createdAt: row.createdAt.toISOString(),
    editedAt: visible ? (row.editedAt?.toISOString() ?? null) : null,
    replies,
  };
}

async function loadArticleComments(articleId: string): Promise<ArticleComments | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { status: true, writerId: true, commentsClosed: true },
  });
  if (!article || article.status !== "PUBLISHED") return null;
  const select = {
    id: true,
    parentId: true,
    status: true,
    body: true,
    createdAt: true,
    editedAt: true,
    author: { select: { id: true, displayName: true, username: true, role: true } },
  } as const;
  // Top-level comments that are visible, or gone but still carrying visible replies.
  const [threads, byDefault, reactions] = await Promise.all([
    db.comment.findMany({
      where: {
        articleId,
        parentId: null,
        OR: [{ status: "PUBLISHED" }, { replies: { some: { status: "PUBLISHED" } } }],
      },
      orderBy: { createdAt: "desc" },
      take: THREAD_LIMIT,
      select,
    }),
    commentsClosedByDefault(),
    countReactions(articleId),
  ]);
  const replies = await db.comment.findMany({
    where: { parentId: { in: threads.map((t) => t.id) }, status: "PUBLISHED" },
    orderBy: { createdAt: "asc" },
    select,
  });
  const repliesOf = new Map<string | null, Row[]>();
  for (const reply of replies)
    repliesOf.set(reply.parentId, [...(repliesOf.get(reply.parentId) ?? []), reply]);
  const comments = threads.map((thread) =>
    toPublic(
      thread,
      article.writerId,
      (repliesOf.get(thread.id) ?? []).map((reply) => toPublic(reply, article.writerId, [])),
    ),
  );
  return {
    articleId,
    open: !commentsClosed(article, byDefault),
    count: comments.reduce((sum, c) => sum + (c.body === null ? 0 : 1) + c.replies.length, 0),
    comments,
    reactions,
  };
}

/**
 * An article's public comments and reaction counts, one cached JSON per article for every reader;
 * null when the article is not published. Revalidated by every comment verb through its tags.
 */
export const listArticleComments = cached(loadArticleComments, "article-comments", ([id]) => [
  tags.comments(id),
  tags.reactions(id),
  tags.article(id),
  tags.commentSettings,
]);
