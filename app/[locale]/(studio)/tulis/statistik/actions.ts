"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { formatPoints } from "@/lib/points/format-points";
import { requestRedemption } from "@/lib/points/request-redemption";

const text = z.string().max(200).optional();

// Only the fields of the chosen method are sent on; the verb validates them per method.
const ACCOUNT_FIELDS = {
  BANK: ["bank", "accountNumber", "accountName"],
  EWALLET: ["provider", "phone", "accountName"],
  VOUCHER: ["provider", "email"],
  PHONE_CREDIT: ["phone"],
} as const;

const redemptionFormSchema = z
  .object({
    points: text,
    method: text,
    bank: text,
    provider: text,
    accountNumber: text,
    accountName: text,
    phone: text,
    email: text,
  })
  .transform(({ points, method, ...fields }) => {
    const names: readonly (keyof typeof fields)[] =
      method && method in ACCOUNT_FIELDS
        ? ACCOUNT_FIELDS[method as keyof typeof ACCOUNT_FIELDS]
        : [];
    return {
      points,
      account: { method, ...Object.fromEntries(names.map((name) => [name, fields[name]])) },
    };
  });

export const requestRedemptionAction = action(redemptionFormSchema, requestRedemption, {
  revalidate: { paths: [{ path: "/tulis/statistik", type: "layout" }] },
  message: (redemption) =>
    `Permintaan penukaran ${formatPoints(redemption.points)} terkirim ke ${redemption.accountMasked}. Poin dicadangkan sampai redaksi memutuskan.`,
  values: () => ({}),
});
