import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import { db } from "@/lib/db";

/** Open article reports for the desk, oldest first. */
export async function listArticleReports(actor: Actor | null, limit = 100) {
  authorize(actor, "article-report:resolve", undefined);
  const rows = await db.articleReport.findMany({
    where: { resolvedAt: null },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: {
      id: true,
      reason: true,
      note: true,
      createdAt: true,
      reporter: { select: { displayName: true, username: true } },
      article: {
        select: {
          id: true,
          title: true,
          slug: true,
          status: true,
          section: { select: sectionPathSelect },
        },
      },
    },
  });
  return rows.map((row) => ({
    ...row,
    article: {
      id: row.article.id,
      title: row.article.title,
      status: row.article.status,
      path: articlePath(row.article.slug, row.article.section),
    },
  }));
}

export type ArticleReportRow = Awaited<ReturnType<typeof listArticleReports>>[number];
