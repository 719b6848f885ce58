import { env } from "@/lib/env";
import type { EmailMessage } from "@/lib/email/send-email";

// The account emails, in Indonesian, as plain text plus a simple HTML twin. Links are absolute.

const escapeHtml = (value: string) =>
  value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");

export const absoluteUrl = (path: string) => new URL(path, env.SITE_URL).toString();

function compose(
  to: string,
  subject: string,
  greeting: string,
  paragraphs: string[],
  link: { label: string; url: string },
  footer: string,
): EmailMessage {
  const text = [
    greeting,
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
    `${link.label}:`,
    link.url,
    "",
    footer,
    "",
    "— Redaksi Warta",
  ].join("\n");
  const html = [
    `<div style="font-family:system-ui,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1c1b1f;max-width:560px">`,
    `<p>${escapeHtml(greeting)}</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(link.url)}" style="display:inline-block;padding:10px 18px;background:#b3261e;color:#ffffff;border-radius:8px;text-decoration:none">${escapeHtml(link.label)}</a></p>`,
    `<p style="font-size:14px;color:#595959">Jika tombol tidak berfungsi, salin alamat ini ke peramban Anda:<br>${escapeHtml(link.url)}</p>`,
    `<p style="font-size:14px;color:#595959">${escapeHtml(footer)}</p>`,
    `<p>— Redaksi Warta</p>`,
    `</div>`,
  ].join("\n");
  return { to, subject, text, html };
}

export function verificationEmail(to: string, displayName: string, token: string): EmailMessage {
  return compose(
    to,
    "Verifikasi email Anda di Warta",
    `Halo ${displayName},`,
    [
      "Terima kasih telah mendaftar di Warta. Verifikasi alamat email Anda agar dapat mengirim tulisan ke redaksi.",
    ],
    { label: "Verifikasi email", url: absoluteUrl(`/verifikasi-email/${token}`) },
    "Tautan ini berlaku 48 jam. Jika Anda tidak mendaftar di Warta, abaikan email ini.",
  );
}

export function passwordResetEmail(to: string, displayName: string, token: string): EmailMessage {
  return compose(
    to,
    "Atur ulang kata sandi Warta",
    `Halo ${displayName},`,
    ["Kami menerima permintaan untuk mengatur ulang kata sandi akun Warta Anda."],
    { label: "Atur ulang kata sandi", url: absoluteUrl(`/lupa-sandi/${token}`) },
    "Tautan ini berlaku 1 jam dan hanya dapat dipakai sekali. Jika Anda tidak memintanya, abaikan email ini; kata sandi Anda tidak berubah.",
  );
}
