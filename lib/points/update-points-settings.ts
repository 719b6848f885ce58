import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { getPointsSettings } from "@/lib/points/points-settings";

const whole = (label: string, min: number, max: number) =>
  z.coerce
    .number(`Tulis ${label}.`)
    .int(`${label} harus bilangan bulat.`)
    .min(min, `${label} minimal ${min}.`)
    .max(max, `${label} paling banyak ${max.toLocaleString("id-ID")}.`);

export const pointsSettingsSchema = z.object({
  viewsPerPoint: whole("Jumlah pembaca per poin", 1, 1_000_000),
  minimumRedemption: whole("Minimal penukaran", 1, 10_000_000),
  rupiahPerPoint: whole("Nilai rupiah per poin", 1, 1_000_000),
});

/** Admins set the rate (views per point), the minimum redemption and the rupiah value of a point. */
export async function updatePointsSettings(actor: Actor | null, rawInput: unknown) {
  authorize(actor, "points:manage", undefined);
  const input = pointsSettingsSchema.parse(rawInput);
  await db.$transaction(async (tx) => {
    const before = await getPointsSettings(tx);
    await tx.pointsSettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...input, updatedById: actor.id },
      update: { ...input, updatedById: actor.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "points.settings",
      targetType: "PointsSettings",
      targetId: "1",
      before,
      after: input,
    });
  });
  return input;
}
