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

const QUEUE_LIMIT = 200;

/**
 * Submissions waiting for the desk (SUBMITTED) and under review (IN_REVIEW), oldest first, as
 * editors should take them. A section filter includes its sub-sections.
 */
export async function listReviewQueue(
  actor: Actor | null,
  filters: QueueFilters = {},
  now = new Date(),
): Promise<QueueItem[]> {
  authorize(actor, "desk:enter", undefined);
  const where: Prisma.ArticleWhereInput = { status: { in: ["SUBMITTED", "IN_REVIEW"] } };
  if (filters.sectionId)
    where.OR = [{ sectionId: filters.sectionId }, { section: { parentId: filters.sectionId } }];
  if (filters.tier) where.writer = { tier: filters.tier };
  if (filters.olderThanHours)
    where.submittedAt = { lte: new Date(now.getTime() - filters.olderThanHours * 3600_000) };

  const rows = await db.article.findMany({
    where,
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: QUEUE_LIMIT,
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
  });
  return rows.map((row) => ({
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
}
