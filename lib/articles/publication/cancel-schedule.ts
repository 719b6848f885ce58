import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";

/**
 * Takes a scheduled article off the timetable and back into review, claimed by the editor who
 * cancelled, so they can decide again. Conditional on it still being scheduled: once the scheduler
 * has published it, there is nothing to cancel.
 */
export async function cancelSchedule(actor: Actor | null, articleId: string): Promise<void> {
  authorize(actor, "desk:enter", undefined);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true, title: true, scheduledFor: true },
  });
  if (!article || article.status === "DRAFT")
    throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:publish", article);

  await db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: articleId, status: "SCHEDULED" },
      data: {
        status: "IN_REVIEW",
        scheduledFor: null,
        editorId: null,
        claimedById: actor.id,
        claimedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "Artikel ini tidak lagi terjadwal.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.unschedule",
      targetType: "Article",
      targetId: articleId,
      before: { status: "SCHEDULED", scheduledFor: article.scheduledFor?.toISOString() ?? null },
      after: { status: "IN_REVIEW", claimedById: actor.id },
    });
    await notify(tx, {
      userId: article.writerId,
      type: "article.unscheduled",
      data: { articleId, title: article.title },
    });
  });
}
