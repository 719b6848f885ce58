import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const correctionInputSchema = z.object({
  note: z
    .string()
    .trim()
    .min(10, "Tulis isi ralat, minimal 10 karakter.")
    .max(1000, "Ralat paling banyak 1.000 karakter."),
});

/**
 * Publishes a correction note ("Ralat") on a published article, dated now, and marks the article
 * as updated ("Diperbarui …"). The text itself is corrected through the normal save, which keeps a
 * revision; this note tells readers what changed. A new note replaces the previous one (the audit
 * log keeps both). The article's version is left alone so an editor's open editing session stays valid.
 */
export async function addCorrection(actor: Actor | null, articleId: string, rawInput: unknown) {
  authorize(actor, "desk:enter", undefined);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true, correctionNote: true, correctionAt: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:edit", article);
  if (article.status !== "PUBLISHED")
    throw new AppError("INVALID", "Ralat hanya dapat ditambahkan pada artikel yang sedang terbit.");
  const { note } = correctionInputSchema.parse(rawInput);

  const now = new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: articleId, status: "PUBLISHED" },
      data: { correctionNote: note, correctionAt: now, contentUpdatedAt: now },
    });
    if (count === 0)
      throw new AppError("CONFLICT", "Artikel ini sudah tidak terbit. Muat ulang halaman.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.correction",
      targetType: "Article",
      targetId: articleId,
      before: {
        correctionNote: article.correctionNote,
        correctionAt: article.correctionAt?.toISOString() ?? null,
      },
      after: { correctionNote: note, correctionAt: now.toISOString() },
    });
  });
  return { correctionAt: now.toISOString(), tags: [tags.articles, tags.article(articleId)] };
}
