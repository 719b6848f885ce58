import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import { db, type Prisma } from "@/lib/db";

export const QUEUE_PAGE_SIZE = 30;

/** Held, hidden and reported comments: everything waiting for a moderator. */
export const moderationQueueWhere = {
  OR: [{ status: { in: ["HELD", "HIDDEN"] } }, { status: "PUBLISHED", reportCount: { gt: 0 } }],
} satisfies Prisma.CommentWhereInput;

/** The desk's comment queue, oldest first, with the reports and the commenter's ban state. */
export async function listModerationQueue(actor: Actor | null, page = 1) {
  authorize(actor, "comment:moderate", undefined);
  const [total, rows] = await Promise.all([
    db.comment.count({ where: moderationQueueWhere }),
    db.comment.findMany({
      where: moderationQueueWhere,
      orderBy: { createdAt: "asc" },
      skip: (page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        body: true,
        status: true,
        heldReason: true,
        hiddenById: true,
        reportCount: true,
        createdAt: true,
        editedAt: true,
        parentId: true,
        author: {
          select: {
            id: true,
            displayName: true,
            username: true,
            commentBans: {
              where: { OR: [{ until: null }, { until: { gt: new Date() } }] },
              select: { until: true },
            },
          },
        },
        article: {
          select: { id: true, title: true, slug: true, section: { select: sectionPathSelect } },
        },
        reports: {
          where: { resolvedAt: null },
          orderBy: { createdAt: "asc" },
          select: { reason: true, note: true },
        },
      },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
    items: rows.map(({ article, author, ...row }) => ({
      ...row,
      author: {
        id: author.id,
        displayName: author.displayName,
        username: author.username,
        banned: author.commentBans.length > 0,
      },
      article: {
        id: article.id,
        title: article.title,
        path: articlePath(article.slug, article.section),
      },
    })),
  };
}

export type QueueItem = Awaited<ReturnType<typeof listModerationQueue>>["items"][number];
