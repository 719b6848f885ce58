import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

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

/** Each group lists at most this many, newest first; its count is always the full one. */
export const STUDIO_GROUP_LIMIT = 100;

/**
 * The writer's own articles, grouped by status with counts. Only ever the actor's. A prolific
 * writer has tens of thousands: each group shows its newest STUDIO_GROUP_LIMIT, counted in full.
 */
export async function listMyArticles(actor: Actor | null) {
  authorize(actor, "article:list-own", undefined);
  const select = {
    id: true,
    title: true,
    status: true,
    updatedAt: true,
    publishedAt: true,
    viewCount: true,
    reviewNote: true,
  } as const;
  const [counts, ...lists] = await Promise.all([
    db.article.groupBy({ by: ["status"], where: { writerId: actor.id }, _count: true }),
    ...STATUS_ORDER.map((status) =>
      db.article.findMany({
        where: { writerId: actor.id, status },
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        take: STUDIO_GROUP_LIMIT,
        select,
      }),
    ),
  ]);
  const countOf = new Map(counts.map((c) => [c.status, c._count]));
  return STATUS_ORDER.map((status, i) => ({
    status,
    label: STATUS_LABELS[status],
    count: countOf.get(status) ?? 0,
    articles: lists[i].map((row) => ({
      ...row,
      title: row.title || "(Tanpa judul)",
      updatedAt: row.updatedAt.toISOString(),
      publishedAt: row.publishedAt?.toISOString() ?? null,
    })),
  })).filter((group) => group.count > 0);
}
