import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db, type Prisma } from "@/lib/db";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import { pageCount } from "@/lib/pagination";

const PAGE_SIZE = 30;

export type PublishedForDesk = {
  id: string;
  title: string;
  path: string;
  publishedAt: string;
  writerName: string;
  editorName: string | null;
  viewCount: number;
  featured: boolean;
  corrected: boolean;
};

/** Published articles for the desk (newest first, optional title filter), to feature, correct or unpublish. */
export async function listPublishedForDesk(
  actor: Actor | null,
  { query = "", page = 1 }: { query?: string; page?: number },
) {
  authorize(actor, "desk:enter", undefined);
  const where: Prisma.ArticleWhereInput = {
    status: "PUBLISHED",
    ...(query.trim() && { title: { contains: query.trim().slice(0, 100), mode: "insensitive" } }),
  };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        title: true,
        slug: true,
        publishedAt: true,
        viewCount: true,
        featured: true,
        _count: { select: { publicChanges: { where: { kind: "CORRECTION" } } } },
        section: { select: sectionPathSelect },
        writer: { select: { displayName: true } },
        editor: { select: { displayName: true } },
      },
    }),
  ]);
  const items: PublishedForDesk[] = rows.map((row) => ({
    id: row.id,
    title: row.title,
    path: articlePath(row.slug, row.section),
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    writerName: row.writer.displayName,
    editorName: row.editor?.displayName ?? null,
    viewCount: row.viewCount,
    featured: row.featured,
    corrected: row._count.publicChanges > 0,
  }));
  return { items, total, page, pageCount: pageCount(total, PAGE_SIZE) };
}
