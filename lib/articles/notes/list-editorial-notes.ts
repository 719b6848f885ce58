import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type EditorialNoteItem = { id: string; body: string; authorName: string; createdAt: string };

/** The desk's private notes on an article, oldest first (they read as a conversation). Editors only. */
export async function listEditorialNotes(actor: Actor | null, articleId: string) {
  authorize(actor, "desk:enter", undefined);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, writerId: true, status: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:review", article);
  const rows = await db.editorialNote.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, body: true, createdAt: true, author: { select: { displayName: true } } },
  });
  return {
    article: { id: article.id, title: article.title },
    notes: rows.map((row): EditorialNoteItem => ({
      id: row.id,
      body: row.body,
      authorName: row.author.displayName,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
