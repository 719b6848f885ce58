import "server-only";
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
