import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { startJobs } from "@/lib/jobs/run-jobs";
import { encryptAccount } from "@/lib/points/account-crypto";
import { accountDetailsSchema, maskAccount } from "@/lib/points/account-details";
import { formatPoints } from "@/lib/points/format-points";
import { notifyAdmins } from "@/lib/points/notify-admins";
import { pointsBalance } from "@/lib/points/points-balance";
import { getPointsSettings } from "@/lib/points/points-settings";

const pointsField = z.coerce
  .number("Tulis jumlah poin yang ingin ditukar.")
  .int("Jumlah poin harus bilangan bulat.")
  .positive("Jumlah poin harus lebih dari nol.")
  .max(10_000_000, "Jumlah poin terlalu besar.");

const PENDING_MESSAGE = "Anda masih punya permintaan penukaran yang menunggu keputusan redaksi.";

const refuse = (message: string, field = "points") =>
  new AppError("INVALID", message, { fieldErrors: { [field]: [message] } });

/**
 * A writer asks to cash in points. In one transaction that holds the writer's row lock (so two
 * requests at once are decided one after the other): the balance must cover it, it must reach the
 * minimum, and no other request may be pending; then the points are reserved (a RESERVE entry) and
 * the account details stored encrypted. A refusal reserves nothing.
 */
export async function requestRedemption(actor: Actor | null, rawInput: unknown) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  authorize(actor, "points:redeem", { id: actor.id });
  const input =
    rawInput && typeof rawInput === "object" ? (rawInput as Record<string, unknown>) : {};
  const points = pointsField.safeParse(input.points);
  const account = accountDetailsSchema.safeParse(input.account);
  if (!points.success || !account.success) {
    const fieldErrors: Record<string, string[]> = {};
    if (!points.success) fieldErrors.points = points.error.issues.map((i) => i.message);
    if (!account.success)
      for (const issue of account.error.issues)
        (fieldErrors[["account", ...issue.path].join(".")] ??= []).push(issue.message);
    throw new AppError("INVALID", "Periksa kembali isian yang ditandai.", { fieldErrors });
  }

  try {
    const { redemption, emails } = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${actor.id} FOR UPDATE`;
      const settings = await getPointsSettings(tx);
      const pending = await tx.redemption.count({ where: { userId: actor.id, status: "PENDING" } });
      if (pending) throw refuse(PENDING_MESSAGE);
      const balance = await pointsBalance(actor.id, tx);
      if (points.data > balance)
        throw refuse(
          `Saldo Anda ${formatPoints(balance)}; tidak cukup untuk ${formatPoints(points.data)}.`,
        );
      if (points.data < settings.minimumRedemption)
        throw refuse(`Penukaran minimal ${formatPoints(settings.minimumRedemption)}.`);

      const redemption = await tx.redemption.create({
        data: {
          userId: actor.id,
          points: points.data,
          method: account.data.method,
          accountCipher: encryptAccount(JSON.stringify(account.data)),
          accountMasked: maskAccount(account.data),
        },
        select: { id: true, points: true, method: true, accountMasked: true },
      });
      await tx.pointsEntry.create({
        data: {
          userId: actor.id,
          kind: "RESERVE",
          points: -points.data,
          reason: "Dicadangkan untuk penukaran",
          redemptionId: redemption.id,
          actorId: actor.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "redemption.request",
        targetType: "Redemption",
        targetId: redemption.id,
        after: {
          points: points.data,
          method: redemption.method,
          account: redemption.accountMasked,
        },
      });
      const emails = await notifyAdmins(tx, "redemption.requested", {
        label: formatPoints(points.data),
      });
      return { redemption, emails };
    });
    startJobs(emails.map((email) => email.jobId));
    return redemption;
  } catch (error) {
    // The partial unique index (one PENDING per writer) is the last word if the lock was bypassed.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw refuse(PENDING_MESSAGE);
    throw error;
  }
}
