import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { presentStudioRow, STUDIO_ROW_SELECT } from "@/lib/articles/studio-rows";

export const STUDIO_PAGE_SIZE = 50;

/**
 * One status group, newest change first, a page at a time. `before` is the id of the last
 * article of the previous page: the next page starts after it (keyset), so a save in between
 * neither repeats nor skips an article the way an offset would.
 */
export async function listMyArticlesWithStatus(
  actor: Actor | null,
  status: ArticleStatus,
  before?: string,
) {
  authorize(actor, "article:list-own", undefined);
  const cursor = before
    ? await db.article.findFirst({
        where: { id: before, writerId: actor.id },
        select: { id: true, updatedAt: true },
      })
    : null;
  const [count, rows] = await Promise.all([
    db.article.count({ where: { writerId: actor.id, status } }),
    db.article.findMany({
      where: {
        writerId: actor.id,
        status,
        ...(cursor && {
          OR: [
            { updatedAt: { lt: cursor.updatedAt } },
            { updatedAt: cursor.updatedAt, id: { lt: cursor.id } },
          ],
        }),
      },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: STUDIO_PAGE_SIZE + 1,
      select: STUDIO_ROW_SELECT,
    }),
  ]);
  const articles = rows.slice(0, STUDIO_PAGE_SIZE).map(presentStudioRow);
  return {
    status,
    count,
    articles,
    next: rows.length > STUDIO_PAGE_SIZE ? articles.at(-1)?.id : undefined,
    continued: Boolean(cursor),
  };
}
