import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { startJobs } from "@/lib/jobs/run-jobs";
import { notify } from "@/lib/notifications/notify";

export const unpublishInputSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(10, "Tulis alasan penarikan, minimal 10 karakter.")
    .max(500, "Alasan paling banyak 500 karakter."),
});

/**
 * Takes a published article off the site. Its URL keeps answering with the "Artikel telah ditarik"
 * notice and the reason; it leaves every list and stops being the headline. The writer gets a
 * notification and an email. The caller revalidates the returned tags at once.
 */
export async function unpublishArticle(actor: Actor | null, articleId: string, rawInput: unknown) {
  authorize(actor, "desk:enter", undefined);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true, title: true, featured: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:unpublish", article);
  const { reason } = unpublishInputSchema.parse(rawInput);

  const now = new Date();
  const email = await db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: articleId, status: "PUBLISHED" },
      data: {
        status: "UNPUBLISHED",
        unpublishedAt: now,
        unpublishReason: reason,
        featured: false,
        version: { increment: 1 },
      },
    });
    if (count === 0)
      throw new AppError("CONFLICT", "Artikel ini sudah tidak terbit. Muat ulang halaman.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.unpublish",
      targetType: "Article",
      targetId: articleId,
      before: { status: "PUBLISHED", featured: article.featured },
      after: {
        status: "UNPUBLISHED",
        unpublishedAt: now.toISOString(),
        unpublishReason: reason,
        featured: false,
      },
    });
    return notify(tx, {
      userId: article.writerId,
      type: "article.unpublished",
      data: { articleId, title: article.title, reason },
    });
  });
  startJobs([email?.jobId]);
  return { tags: [tags.articles, tags.article(articleId), tags.writer(article.writerId)] };
}
