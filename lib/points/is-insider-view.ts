import "server-only";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";

/**
 * True when the reader is the article's own writer or someone from the desk: their reads are not
 * counted (points are paid for readers, not for the writer reloading or an editor checking).
 */
export async function isInsiderView(viewer: Actor | null, articleId: string): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.role === "EDITOR" || viewer.role === "ADMIN") return true;
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true },
  });
  return article?.writerId === viewer.id;
}
