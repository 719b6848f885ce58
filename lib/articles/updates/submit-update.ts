import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { findLivePendingUpdate } from "@/lib/articles/updates/pending-update";
import { writerUpdatesAllowed } from "@/lib/articles/updates/writer-updates-setting";

export const submitUpdateSchema = z
  .object({
    /** UPDATE: a "Pembaruan" with its public note; MINOR: "perubahan kecil", no public note. */
    kind: z.enum(["UPDATE", "MINOR"], "Pilih jenis perubahan."),
    note: z.string().trim().max(1000, "Catatan paling banyak 1.000 karakter.").default(""),
  })
  .refine((input) => input.kind === "MINOR" || input.note.length >= 10, {
    message: "Tulis catatan untuk pembaca, minimal 10 karakter.",
    path: ["note"],
  });

/**
 * The Verified Writer sends their saved update of a live article to the desk, with the public note
 * they propose. Readers keep the live version; the desk publishes it (publishUpdate) or returns it.
 */
export async function submitUpdate(actor: Actor | null, articleId: string, rawInput: unknown) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true },
  });
  if (!article || article.writerId !== actor.id)
    throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:propose-update", {
    ...article,
    writerUpdatesAllowed: await writerUpdatesAllowed(),
  });
  const input = submitUpdateSchema.parse(rawInput);

  return db.$transaction(async (tx) => {
    const [live] = await tx.$queryRaw<{ version: number; status: string; title: string }[]>`
      SELECT version, status::text, title FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
    if (!live || live.status !== "PUBLISHED")
      throw new AppError("CONFLICT", "Artikel ini sudah tidak terbit. Muat ulang halaman.");
    const pending = await findLivePendingUpdate(articleId, live.version, tx);
    if (!pending)
      throw new AppError(
        "CONFLICT",
        "Belum ada perubahan yang tersimpan untuk versi yang sedang terbit. Ubah artikelnya dulu.",
      );
    if (pending.submittedAt)
      throw new AppError("CONFLICT", "Pembaruan ini sudah dikirim ke redaksi.");
    const submittedAt = new Date();
    await tx.articlePendingUpdate.update({
      where: { articleId },
      data: {
        submittedAt,
        proposedKind: input.kind,
        proposedNote: input.kind === "MINOR" ? null : input.note,
        returnReason: null,
        returnedAt: null,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.update_submitted",
      targetType: "Article",
      targetId: articleId,
      after: { version: pending.version, kind: input.kind, note: input.note || null },
    });
    const editors = await tx.user.findMany({
      where: { role: { in: ["EDITOR", "ADMIN"] }, suspendedAt: null },
      select: { id: true },
    });
    for (const editor of editors)
      await notify(tx, {
        userId: editor.id,
        type: "article.update_submitted",
        data: { articleId, title: pending.title || live.title },
      });
    return { version: pending.version, submittedAt: submittedAt.toISOString() };
  });
}
