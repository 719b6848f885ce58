import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { startJobs } from "@/lib/jobs/run-jobs";
import { notify } from "@/lib/notifications/notify";
import { formatPoints } from "@/lib/points/format-points";

export const bonusInputSchema = z.object({
  /** The writer's username as the desk types it. */
  username: z.string().trim().min(1, "Tulis nama pengguna penulis.").max(40),
  points: z.coerce
    .number("Tulis jumlah poin.")
    .int("Jumlah poin harus bilangan bulat.")
    .min(1, "Bonus minimal 1 poin.")
    .max(100_000, "Bonus paling banyak 100.000 poin."),
  reason: z.string().trim().min(5, "Tulis alasan bonus, minimal 5 karakter.").max(300),
});

/** An editor rewards a writer (an exclusive, a series): a BONUS entry with the editor's reason. */
export async function grantBonus(actor: Actor | null, rawInput: unknown) {
  const { username, ...input } = bonusInputSchema.parse(rawInput);
  const writer = await db.user.findUnique({
    where: { username: username.replace(/^@/, "").toLowerCase() },
    select: { id: true },
  });
  if (!writer)
    throw new AppError("INVALID", "Penulis tidak ditemukan.", {
      fieldErrors: { username: ["Tidak ada penulis dengan nama pengguna ini."] },
    });
  authorize(actor, "points:grant", writer);
  const email = await db.$transaction(async (tx) => {
    const entry = await tx.pointsEntry.create({
      data: {
        userId: writer.id,
        kind: "BONUS",
        points: input.points,
        reason: input.reason,
        actorId: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "points.bonus",
      targetType: "User",
      targetId: writer.id,
      after: { entryId: entry.id.toString(), points: input.points, reason: input.reason },
    });
    return notify(tx, {
      userId: writer.id,
      type: "points.bonus",
      data: { label: formatPoints(input.points), reason: input.reason },
    });
  });
  startJobs([email?.jobId]);
}
