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

export const requestChangesSchema = z.object({
  note: z
    .string()
    .trim()
    .min(5, "Tulis apa yang perlu diperbaiki penulis")
    .max(2000, "Catatan terlalu panjang (maksimal 2.000 karakter)"),
});

/**
 * Sends a submission back to its writer with a note (in the studio and by email); the studio lets
 * them revise and resubmit.
 */
export async function requestChanges(
  actor: Actor | null,
  articleId: string,
  rawInput: unknown,
  now = new Date(),
) {
  const target = await loadDecisionTarget(actor, articleId);
  const editor = target.editor;
  const { note } = requestChangesSchema.parse(rawInput);
  const email = await db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: articleId, ...stillDecidable(target, editor) },
      data: {
        status: "CHANGES_REQUESTED",
        reviewNote: note,
        reviewedAt: now,
        claimedById: null,
        claimedAt: null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw await decisionConflict(editor, articleId);
    await recordAudit(tx, {
      actorId: editor.id,
      action: "article.request_changes",
      targetType: "Article",
      targetId: articleId,
      before: { status: target.status },
      after: { status: "CHANGES_REQUESTED", reviewNote: note },
    });
    return notify(tx, {
      userId: target.writerId,
      type: "article.changes_requested",
      data: { articleId, title: target.title, note },
    });
  });
  startJobs([email?.jobId]);
}
