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
 * Adds a correction note ("Ralat") to a published article's public log, dated now, and marks the
 * article as updated ("Diperbarui …"). Notes are never overwritten: each one is a new entry shown
 * in order on the article and on /ralat. A correction that changes the text is published through
 * the update editor (lib/articles/updates/publish-update.ts), which also records the diff; this
 * note-only form is for explaining a fix. The article's version is left alone so an editor's open
 * editing session stays valid.
 */
export async function addCorrection(actor: Actor | null, articleId: string, rawInput: unknown) {
  authorize(actor, "desk:enter", undefined);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true },
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
      data: { contentUpdatedAt: now },
    });
    if (count === 0)
      throw new AppError("CONFLICT", "Artikel ini sudah tidak terbit. Muat ulang halaman.");
    const correction = await tx.articlePublicChange.create({
      data: { articleId, kind: "CORRECTION", note, authorId: actor.id, createdAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.correction",
      targetType: "Article",
      targetId: articleId,
      after: { correctionId: correction.id, note, at: now.toISOString() },
    });
  });
  return { correctionAt: now.toISOString(), tags: [tags.articles, tags.article(articleId)] };
}
