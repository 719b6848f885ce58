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

type Link = { label: string; url: string };

function compose(
  to: string,
  subject: string,
  greeting: string,
  paragraphs: string[],
  link: Link | Link[],
  footer: string,
): EmailMessage {
  const links = Array.isArray(link) ? link : [link];
  const text = [
    greeting,
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
    ...links.flatMap(({ label, url }) => [`${label}:`, url, ""]),
    footer,
    "",
    "— Redaksi Warta",
  ].join("\n");
  const html = [
    `<div style="font-family:system-ui,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1c1b1f;max-width:560px">`,
    `<p>${escapeHtml(greeting)}</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...links.flatMap(({ label, url }) => [
      `<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 18px;background:#b3261e;color:#ffffff;border-radius:8px;text-decoration:none">${escapeHtml(label)}</a></p>`,
      `<p style="font-size:14px;color:#595959">Jika tombol tidak berfungsi, salin alamat ini ke peramban Anda:<br>${escapeHtml(url)}</p>`,
    ]),
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

/**
 * To the owner of an address someone tried to sign up with: the sign-up page answered as for a new
 * address, so only the mailbox's owner learns that the account exists.
 */
export function signUpAttemptEmail(to: string, displayName: string): EmailMessage {
  return compose(
    to,
    "Percobaan pendaftaran dengan email Anda di Warta",
    `Halo ${displayName},`,
    [
      "Seseorang mencoba mendaftar di Warta dengan alamat email ini, padahal alamat ini sudah memiliki akun. Tidak ada akun baru yang dibuat dan akun Anda tidak berubah.",
      "Jika itu Anda, masuk dengan akun yang sudah ada, atau atur ulang kata sandi jika Anda lupa.",
    ],
    [
      { label: "Masuk", url: absoluteUrl("/masuk") },
      { label: "Atur ulang kata sandi", url: absoluteUrl("/lupa-sandi") },
    ],
    "Jika itu bukan Anda, abaikan email ini.",
  );
}
