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

/** The writer's own articles, grouped by status with counts. Only ever the actor's. */
export async function listMyArticles(actor: Actor | null) {
  authorize(actor, "article:list-own", undefined);
  const rows = await db.article.findMany({
    where: { writerId: actor.id },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      updatedAt: true,
      publishedAt: true,
      viewCount: true,
      reviewNote: true,
    },
  });
  return STATUS_ORDER.map((status) => ({
    status,
    label: STATUS_LABELS[status],
    articles: rows
      .filter((row) => row.status === status)
      .map((row) => ({
        ...row,
        title: row.title || "(Tanpa judul)",
        updatedAt: row.updatedAt.toISOString(),
        publishedAt: row.publishedAt?.toISOString() ?? null,
      })),
  })).filter((group) => group.articles.length > 0);
}
