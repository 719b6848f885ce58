import "server-only";
import { db } from "@/lib/db";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

// What the studio's lists show of an article, shared by the overview and the one-status pages.

export const STUDIO_ROW_SELECT = {
  id: true,
  title: true,
  status: true,
  updatedAt: true,
  publishedAt: true,
  viewCount: true,
  reviewNote: true,
} as const;

type Row = {
  id: string;
  title: string;
  status: ArticleStatus;
  updatedAt: Date;
  publishedAt: Date | null;
  viewCount: number;
  reviewNote: string | null;
};

export const presentStudioRow = (row: Row) => ({
  ...row,
  title: row.title || "(Tanpa judul)",
  updatedAt: row.updatedAt.toISOString(),
  publishedAt: row.publishedAt?.toISOString() ?? null,
});

export type StudioArticle = ReturnType<typeof presentStudioRow>;

export async function countOwnArticlesByStatus(writerId: string) {
  const counts = await db.article.groupBy({ by: ["status"], where: { writerId }, _count: true });
  return new Map(counts.map((c) => [c.status, c._count]));
}
