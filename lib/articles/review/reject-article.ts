import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { startJobs } from "@/lib/jobs/run-jobs";
import { notify } from "@/lib/notifications/notify";
import {
  decisionConflict,
  loadDecisionTarget,
  stillDecidable,
} from "@/lib/articles/review/decision-target";
import { REASON_NEEDS_DETAIL, REJECTION_REASONS } from "@/lib/articles/review/rejection-reasons";

export const rejectInputSchema = z
  .object({
    reason: z.enum(REJECTION_REASONS, { message: "Pilih alasan penolakan" }),
    detail: z
      .string()
      .trim()
      .max(2000, "Penjelasan terlalu panjang (maksimal 2.000 karakter)")
      .default(""),
  })
  .refine((input) => input.reason !== REASON_NEEDS_DETAIL || input.detail.length >= 5, {
    message: "Jelaskan alasannya kepada penulis",
    path: ["detail"],
  });

/**
 * Turns a submission down for good, with a reason from the list and the editor's words; the writer
 * sees both, in the studio and by email.
 */
export async function rejectArticle(
  actor: Actor | null,
  articleId: string,
  rawInput: unknown,
  now = new Date(),
) {
  const target = await loadDecisionTarget(actor, articleId);
  const editor = target.editor;
  const { reason, detail } = rejectInputSchema.parse(rawInput);
  const reviewNote = detail ? `${reason}: ${detail}` : reason;
  const email = await db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: articleId, ...stillDecidable(target, editor) },
      data: {
        status: "REJECTED",
        reviewNote,
        reviewedAt: now,
        claimedById: null,
        claimedAt: null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw await decisionConflict(editor, articleId);
    await recordAudit(tx, {
      actorId: editor.id,
      action: "article.reject",
      targetType: "Article",
      targetId: articleId,
      before: { status: target.status },
      after: { status: "REJECTED", reason, reviewNote },
    });
    return notify(tx, {
      userId: target.writerId,
      type: "article.rejected",
      data: { articleId, title: target.title, reason, note: reviewNote },
    });
  });
  startJobs([email?.jobId]);
}
