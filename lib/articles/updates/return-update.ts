import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { startJobs } from "@/lib/jobs/run-jobs";
import { notify } from "@/lib/notifications/notify";

export const returnUpdateSchema = z.object({
  reason: z
    .string({ error: "Tulis alasan untuk penulis." })
    .trim()
    .min(10, "Tulis alasan untuk penulis, minimal 10 karakter.")
    .max(1000, "Alasan paling banyak 1.000 karakter."),
});

/**
 * The desk sends a writer's proposed update back with a reason: the update stays saved (the writer
 * edits it again and resends it), the live version is untouched, and the writer is told why.
 */
export async function returnUpdate(actor: Actor | null, articleId: string, rawInput: unknown) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true, title: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:return-update", article);
  const { reason } = returnUpdateSchema.parse(rawInput);

  const email = await db.$transaction(async (tx) => {
    const returnedAt = new Date();
    const { count } = await tx.articlePendingUpdate.updateMany({
      where: { articleId, submittedAt: { not: null } },
      data: { submittedAt: null, returnReason: reason, returnedAt },
    });
    if (!count)
      throw new AppError("CONFLICT", "Tidak ada usulan pembaruan yang menunggu untuk artikel ini.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.update_returned",
      targetType: "Article",
      targetId: articleId,
      after: { reason },
    });
    return notify(tx, {
      userId: article.writerId,
      type: "article.update_returned",
      data: { articleId, title: article.title, reason },
    });
  });
  startJobs([email?.jobId]);
  return { returned: true };
}
