"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { decideRedemption, decisionInputSchema } from "@/lib/points/decide-redemption";
import { bonusInputSchema, grantBonus } from "@/lib/points/grant-bonus";
import { pointsSettingsSchema, updatePointsSettings } from "@/lib/points/update-points-settings";

const DONE = {
  approve: "Penukaran disetujui. Tandai dibayar setelah transfer selesai.",
  reject: "Penukaran ditolak; poin dikembalikan ke penulis.",
  paid: "Penukaran ditandai dibayar.",
} as const;

const decisionSchema = z.object({ id: z.string().min(1).max(64) }).and(decisionInputSchema);

export const decideRedemptionAction = action(
  decisionSchema,
  (actor, { id, ...input }) => decideRedemption(actor, id, input),
  {
    revalidate: { paths: ["/redaksi/poin"] },
    message: (_output, input) => DONE[input.decision],
    values: () => ({}),
  },
);

export const grantBonusAction = action(bonusInputSchema, grantBonus, {
  revalidate: { paths: ["/redaksi/poin"] },
  message: (_output, input) =>
    `Bonus ${input.points} poin untuk @${input.username.replace(/^@/, "")} tercatat.`,
  values: () => ({}),
});

export const updatePointsSettingsAction = action(pointsSettingsSchema, updatePointsSettings, {
  revalidate: { paths: [{ path: "/redaksi/poin", type: "layout" }] },
  message: "Pengaturan poin tersimpan.",
});
