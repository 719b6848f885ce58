import { z } from "zod";

// What a payout needs, per method, validated before anything is stored, and how it is shown
// afterwards: masked, so the desk and the writer recognise the account without exposing it.

export const BANKS = [
  "BCA",
  "BNI",
  "BRI",
  "Mandiri",
  "BSI",
  "CIMB Niaga",
  "Permata",
  "Danamon",
  "BTN",
  "Jago",
] as const;
export const EWALLETS = ["GoPay", "OVO", "DANA", "ShopeePay", "LinkAja"] as const;
export const VOUCHERS = ["Tokopedia", "Alfamart", "Indomaret", "Gramedia"] as const;

export const METHOD_LABELS = {
  BANK: "Transfer bank",
  EWALLET: "Dompet digital",
  VOUCHER: "Voucher belanja",
  PHONE_CREDIT: "Pulsa",
} as const;

const holder = z
  .string()
  .trim()
  .min(3, "Tulis nama pemilik rekening sesuai buku tabungan.")
  .max(100, "Nama terlalu panjang.")
  .regex(
    /^[\p{L} .'-]+$/u,
    "Nama hanya boleh berisi huruf, spasi, titik, apostrof dan tanda hubung.",
  );

/** Indonesian mobile numbers: 08… or +628… / 628…, 10–13 digits in the 08 form. */
const phone = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s-]/g, "").replace(/^(\+?62)/, "0"))
  .pipe(z.string().regex(/^08\d{8,11}$/, "Nomor ponsel tidak valid (contoh: 0812 3456 7890)."));

export const accountDetailsSchema = z.discriminatedUnion("method", [
  z.object({
    method: z.literal("BANK"),
    bank: z.enum(BANKS, "Pilih bank."),
    accountNumber: z
      .string()
      .trim()
      .transform((value) => value.replace(/[\s-]/g, ""))
      .pipe(z.string().regex(/^\d{8,16}$/, "Nomor rekening terdiri atas 8–16 angka.")),
    accountName: holder,
  }),
  z.object({
    method: z.literal("EWALLET"),
    provider: z.enum(EWALLETS, "Pilih dompet digital."),
    phone,
    accountName: holder,
  }),
  z.object({
    method: z.literal("VOUCHER"),
    provider: z.enum(VOUCHERS, "Pilih jenis voucher."),
    email: z.string().trim().toLowerCase().email("Alamat email tidak valid.").max(200),
  }),
  z.object({ method: z.literal("PHONE_CREDIT"), phone }),
]);

export type AccountDetails = z.infer<typeof accountDetailsSchema>;

const tail = (digits: string, keep: number) => `•••• ${digits.slice(-keep)}`;

function maskEmail(email: string) {
  const [name, domain] = email.split("@");
  return `${name.slice(0, 1)}•••@${domain}`;
}

export function maskAccount(details: AccountDetails): string {
  switch (details.method) {
    case "BANK":
      return `${details.bank} ${tail(details.accountNumber, 4)} a.n. ${details.accountName}`;
    case "EWALLET":
      return `${details.provider} ${details.phone.slice(0, 4)} ${tail(details.phone, 3)} a.n. ${details.accountName}`;
    case "VOUCHER":
      return `Voucher ${details.provider} ke ${maskEmail(details.email)}`;
    case "PHONE_CREDIT":
      return `Pulsa ${details.phone.slice(0, 4)} ${tail(details.phone, 3)}`;
  }
}
