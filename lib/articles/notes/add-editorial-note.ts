import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const editorialNoteSchema = z.object({
  body: z
    .string()
    .trim()
    .min(1, "Tulis isi catatan.")
    .max(2000, "Catatan paling banyak 2.000 karakter."),
});

/** Adds a private note for the desk to an article. Writers never see these (listEditorialNotes is editors-only). */
export async function addEditorialNote(actor: Actor | null, articleId: string, rawInput: unknown) {
  authorize(actor, "desk:enter", undefined);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:review", article);
  const { body } = editorialNoteSchema.parse(rawInput);

  return db.$transaction(async (tx) => {
    const note = await tx.editorialNote.create({
      data: { articleId, authorId: actor.id, body },
      select: { id: true, createdAt: true },
    });
    // The entry names the note rather than copying its private text into the permanent log.
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.editorial_note",
      targetType: "Article",
      targetId: articleId,
      after: { noteId: note.id },
    });
    return { id: note.id, createdAt: note.createdAt.toISOString() };
  });
}
