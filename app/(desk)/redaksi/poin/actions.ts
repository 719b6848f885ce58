"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/account/form-state";
import { runAction } from "@/lib/actions/run-action";
import { getActor } from "@/lib/auth/session";
import { decideRedemption } from "@/lib/points/decide-redemption";
import { grantBonus } from "@/lib/points/grant-bonus";
import { updatePointsSettings } from "@/lib/points/update-points-settings";

function read(form: FormData, names: string[]) {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = form.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

const DONE = {
  approve: "Penukaran disetujui. Tandai dibayar setelah transfer selesai.",
  reject: "Penukaran ditolak; poin dikembalikan ke penulis.",
  paid: "Penukaran ditandai dibayar.",
} as const;

export async function decideRedemptionAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = read(form, ["id", "decision", "reason", "reference"]);
  const result = await runAction(async () => {
    await decideRedemption(await getActor(), values.id ?? "", values);
    revalidatePath("/redaksi/poin");
  });
  if (!result.ok)
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
  return {
    status: "success",
    message: DONE[values.decision as keyof typeof DONE] ?? "Tersimpan.",
    values: {},
  };
}

export async function grantBonusAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = read(form, ["username", "points", "reason"]);
  const result = await runAction(async () => {
    await grantBonus(await getActor(), values);
    revalidatePath("/redaksi/poin");
  });
  if (!result.ok)
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
  return {
    status: "success",
    message: `Bonus ${values.points} poin untuk @${values.username} tercatat.`,
    values: {},
  };
}

export async function updatePointsSettingsAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = read(form, ["viewsPerPoint", "minimumRedemption", "rupiahPerPoint"]);
  const result = await runAction(async () => {
    await updatePointsSettings(await getActor(), values);
    revalidatePath("/redaksi/poin", "layout");
  });
  if (!result.ok)
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
  return { status: "success", message: "Pengaturan poin tersimpan.", values };
}
