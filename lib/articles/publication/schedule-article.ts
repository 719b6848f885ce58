import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatWib } from "@/lib/format/dates";
import { notify } from "@/lib/notifications/notify";
import {
  decisionConflict,
  loadDecisionTarget,
  stillDecidable,
} from "@/lib/articles/review/decision-target";
import { wibToUtc } from "@/lib/format/wib-time";

export const scheduleInputSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Isi tanggal terbit"),
  time: z.string().regex(/^\d{2}:\d{2}$/, "Isi jam terbit"),
});

/**
 * Approves a submission for publication at a later moment, given in WIB. The editor who schedules
 * it is its approving editor; the scheduler (lib/scheduler) publishes it when the time comes.
 */
export async function scheduleArticle(
  actor: Actor | null,
  articleId: string,
  rawInput: unknown,
  now = new Date(),
) {
  const target = await loadDecisionTarget(actor, articleId);
  const editor = target.editor;
  const input = scheduleInputSchema.parse(rawInput);
  const scheduledFor = wibToUtc(input.date, input.time);
  if (!scheduledFor)
    throw new AppError("INVALID", "Tanggal atau jam tidak dikenal.", {
      fieldErrors: { date: ["Periksa tanggal dan jam"] },
    });
  if (scheduledFor.getTime() <= now.getTime()) {
    throw new AppError("INVALID", "Waktu terbit harus di masa depan.", {
      fieldErrors: { time: ["Pilih waktu setelah sekarang (WIB)"] },
    });
  }

  return db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: articleId, ...stillDecidable(target, editor) },
      data: {
        status: "SCHEDULED",
        scheduledFor,
        editorId: editor.id,
        reviewedAt: now,
        claimedById: null,
        claimedAt: null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw await decisionConflict(editor, articleId);
    await recordAudit(tx, {
      actorId: editor.id,
      action: "article.schedule",
      targetType: "Article",
      targetId: articleId,
      before: { status: target.status },
      after: { status: "SCHEDULED", scheduledFor: scheduledFor.toISOString() },
    });
    await notify(tx, {
      userId: target.writerId,
      type: "article.scheduled",
      data: {
        articleId,
        title: target.title,
        scheduledFor: scheduledFor.toISOString(),
        label: formatWib(scheduledFor),
      },
    });
    return { scheduledFor: scheduledFor.toISOString() };
  });
}
