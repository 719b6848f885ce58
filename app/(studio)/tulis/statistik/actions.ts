"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/account/form-state";
import { runAction } from "@/lib/actions/run-action";
import { getActor } from "@/lib/auth/session";
import { formatPoints } from "@/lib/points/format-points";
import { requestRedemption } from "@/lib/points/request-redemption";

const ACCOUNT_FIELDS = [
  "method",
  "bank",
  "provider",
  "accountNumber",
  "accountName",
  "phone",
  "email",
];

export async function requestRedemptionAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values: Record<string, string> = {};
  for (const name of ["points", ...ACCOUNT_FIELDS]) {
    const value = form.get(name);
    if (typeof value === "string") values[name] = value;
  }
  const method = values.method;
  // Only the fields of the chosen method are sent; the schema validates them per method.
  const account: Record<string, string> = { method };
  if (method === "BANK")
    Object.assign(account, {
      bank: values.bank,
      accountNumber: values.accountNumber,
      accountName: values.accountName,
    });
  if (method === "EWALLET")
    Object.assign(account, {
      provider: values.provider,
      phone: values.phone,
      accountName: values.accountName,
    });
  if (method === "VOUCHER")
    Object.assign(account, { provider: values.provider, email: values.email });
  if (method === "PHONE_CREDIT") Object.assign(account, { phone: values.phone });

  const result = await runAction(async () => {
    const redemption = await requestRedemption(await getActor(), {
      points: values.points,
      account,
    });
    revalidatePath("/tulis/statistik", "layout");
    return redemption;
  });
  if (!result.ok)
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
  return {
    status: "success",
    message: `Permintaan penukaran ${formatPoints(result.data.points)} terkirim ke ${result.data.accountMasked}. Poin dicadangkan sampai redaksi memutuskan.`,
    values: {},
  };
}
