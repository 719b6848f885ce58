import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { presentStudioRow, STUDIO_ROW_SELECT } from "@/lib/articles/studio-rows";

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: "Draf",
  SUBMITTED: "Menunggu review",
  IN_REVIEW: "Sedang direview",
  CHANGES_REQUESTED: "Perlu revisi",
  REJECTED: "Ditolak",
  SCHEDULED: "Terjadwal",
  PUBLISHED: "Terbit",
  UNPUBLISHED: "Ditarik",
};

/** The order the studio shows groups in: what needs the writer first. */
export const STATUS_ORDER: ArticleStatus[] = [
  "CHANGES_REQUESTED",
  "DRAFT",
  "SUBMITTED",
  "IN_REVIEW",
  "SCHEDULED",
  "PUBLISHED",
  "REJECTED",
  "UNPUBLISHED",
];

/**
 * The overview shows each group's newest few; "Lihat semua" pages through one group. A prolific
 * writer has tens of thousands of articles, and a page that lists hundreds of them costs its
 * render time whether or not anyone scrolls that far.
 */
export const STUDIO_GROUP_LIMIT = 10;

async function countOwnArticlesByStatus(writerId: string) {
  const counts = await db.article.groupBy({ by: ["status"], where: { writerId }, _count: true });
  return new Map(counts.map((c) => [c.status, c._count]));
}

/** The writer's own articles, grouped by status with full counts. Only ever the actor's. */
export async function listMyArticles(actor: Actor | null) {
  authorize(actor, "article:list-own", undefined);
  const [countOf, ...lists] = await Promise.all([
    countOwnArticlesByStatus(actor.id),
    ...STATUS_ORDER.map((status) =>
      db.article.findMany({
        where: { writerId: actor.id, status },
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        take: STUDIO_GROUP_LIMIT,
        select: STUDIO_ROW_SELECT,
      }),
    ),
  ]);
  return STATUS_ORDER.map((status, i) => ({
    status,
    label: STATUS_LABELS[status],
    count: countOf.get(status) ?? 0,
    articles: lists[i].map(presentStudioRow),
  })).filter((group) => group.count > 0);
}
