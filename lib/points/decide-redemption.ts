import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { RedemptionStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { startJobs } from "@/lib/jobs/run-jobs";
import { notify } from "@/lib/notifications/notify";
import { formatPoints } from "@/lib/points/format-points";

export const decisionInputSchema = z.discriminatedUnion("decision", [
  z.object({
    decision: z.literal("approve"),
    reason: z.string().trim().max(500, "Catatan paling banyak 500 karakter.").default(""),
  }),
  z.object({
    decision: z.literal("reject"),
    reason: z
      .string()
      .trim()
      .min(5, "Tulis alasan penolakan untuk penulis, minimal 5 karakter.")
      .max(500, "Alasan paling banyak 500 karakter."),
  }),
  z.object({
    decision: z.literal("paid"),
    reference: z
      .string()
      .trim()
      .min(3, "Tulis nomor referensi pembayaran.")
      .max(100, "Nomor referensi terlalu panjang."),
  }),
]);

const FROM: Record<"approve" | "reject" | "paid", RedemptionStatus> = {
  approve: "PENDING",
  reject: "PENDING",
  paid: "APPROVED",
};

/**
 * An admin decides a payout: approve or reject a pending one (with a reason the writer reads), or
 * mark an approved one paid with the transfer's reference. Rejection releases the reserved points
 * (a RELEASE entry); payment leaves the reservation as the spend. The update is conditional on the
 * status, so two admins deciding at once cannot both succeed.
 */
export async function decideRedemption(
  actor: Actor | null,
  redemptionId: string,
  rawInput: unknown,
) {
  authorize(actor, "points:manage", undefined);
  const input = decisionInputSchema.parse(rawInput);
  const now = new Date();
  const email = await db.$transaction(async (tx) => {
    const data =
      input.decision === "paid"
        ? { status: "PAID" as const, paidAt: now, paidReference: input.reference }
        : {
            status: input.decision === "approve" ? ("APPROVED" as const) : ("REJECTED" as const),
            decidedById: actor.id,
            decidedAt: now,
            decisionReason: input.reason || null,
          };
    const { count } = await tx.redemption.updateMany({
      where: { id: redemptionId, status: FROM[input.decision] },
      data,
    });
    const redemption = await tx.redemption.findUnique({
      where: { id: redemptionId },
      select: { userId: true, points: true, status: true },
    });
    if (!redemption) throw new AppError("NOT_FOUND", "Permintaan penukaran tidak ditemukan.");
    if (count === 0)
      throw new AppError("CONFLICT", "Permintaan ini sudah diputuskan. Muat ulang halaman.");
    if (input.decision === "reject")
      await tx.pointsEntry.create({
        data: {
          userId: redemption.userId,
          kind: "RELEASE",
          points: redemption.points,
          reason: `Penukaran ditolak: ${input.reason}`,
          redemptionId,
          actorId: actor.id,
        },
        select: { id: true },
      });
    await recordAudit(tx, {
      actorId: actor.id,
      action: `redemption.${input.decision}`,
      targetType: "Redemption",
      targetId: redemptionId,
      before: { status: FROM[input.decision] },
      after: {
        status: data.status,
        ...("reference" in input ? { reference: input.reference } : { reason: input.reason }),
      },
    });
    const type =
      input.decision === "paid"
        ? "redemption.paid"
        : input.decision === "approve"
          ? "redemption.approved"
          : "redemption.rejected";
    return notify(tx, {
      userId: redemption.userId,
      type,
      data: {
        label: formatPoints(redemption.points),
        ...("reason" in input && input.reason ? { reason: input.reason } : {}),
      },
    });
  });
  startJobs([email?.jobId]);
}
