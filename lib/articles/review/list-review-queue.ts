import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db, type Prisma } from "@/lib/db";
import type { ArticleStatus, WriterTier } from "@/lib/generated/prisma/enums";
import type { QueueFilters } from "@/lib/articles/review/queue-filters";

export type QueueItem = {
  id: string;
  title: string;
  status: ArticleStatus;
  submittedAt: string;
  sectionName: string;
  wordCount: number;
  writer: { displayName: string; tier: WriterTier };
  claimedBy: { id: string; displayName: string } | null;
};

/** A page of the queue: editors take from the top, and a long page costs its render every time. */
export const QUEUE_PAGE_SIZE = 50;

export type QueuePage = { items: QueueItem[]; total: number; next?: string; continued: boolean };

/**
 * Submissions waiting for the desk (SUBMITTED) and under review (IN_REVIEW), oldest first, as
 * editors should take them, a page at a time. A section filter includes its sub-sections. `after`
 * is the id of the previous page's last item: the next page starts after its place in the order
 * (keyset), so an article taken off the queue in between neither repeats nor skips another.
 */
export async function listReviewQueue(
  actor: Actor | null,
  filters: QueueFilters = {},
  { after, now = new Date() }: { after?: string; now?: Date } = {},
): Promise<QueuePage> {
  authorize(actor, "desk:enter", undefined);
  const where: Prisma.ArticleWhereInput = { status: { in: ["SUBMITTED", "IN_REVIEW"] } };
  if (filters.sectionId)
    where.OR = [{ sectionId: filters.sectionId }, { section: { parentId: filters.sectionId } }];
  if (filters.tier) where.writer = { tier: filters.tier };
  if (filters.olderThanHours)
    where.submittedAt = { lte: new Date(now.getTime() - filters.olderThanHours * 3600_000) };

  const cursor = after
    ? await db.article.findUnique({ where: { id: after }, select: { id: true, submittedAt: true } })
    : null;
  const since = cursor?.submittedAt;
  const page: Prisma.ArticleWhereInput = since
    ? {
        AND: [
          where,
          { OR: [{ submittedAt: { gt: since } }, { submittedAt: since, id: { gt: cursor.id } }] },
        ],
      }
    : where;
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where: page,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: QUEUE_PAGE_SIZE + 1,
      select: {
        id: true,
        title: true,
        status: true,
        submittedAt: true,
        createdAt: true,
        wordCount: true,
        section: { select: { name: true, parent: { select: { name: true } } } },
        writer: { select: { displayName: true, tier: true } },
        claimedBy: { select: { id: true, displayName: true } },
      },
    }),
  ]);
  const items = rows.slice(0, QUEUE_PAGE_SIZE).map((row) => ({
    id: row.id,
    title: row.title || "(Tanpa judul)",
    status: row.status,
    submittedAt: (row.submittedAt ?? row.createdAt).toISOString(),
    sectionName: row.section.parent
      ? `${row.section.parent.name} › ${row.section.name}`
      : row.section.name,
    wordCount: row.wordCount,
    writer: row.writer,
    claimedBy: row.claimedBy,
  }));
  return {
    items,
    total,
    next: rows.length > QUEUE_PAGE_SIZE ? items.at(-1)?.id : undefined,
    continued: Boolean(since),
  };
}
