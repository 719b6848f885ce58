import type { Metadata } from "next";
import Link from "next/link";
import { verifyEmail, type VerifyEmailResult } from "@/lib/users/verify-email";

export const metadata: Metadata = {
  title: "Verifikasi email",
  robots: { index: false },
  referrer: "same-origin",
};
// "same-origin", not "no-referrer": the token in the URL must not reach other sites, but with
// "no-referrer" browsers send `Origin: null` on this page's form posts (Keluar), which the CSRF check refuses.
// Opening the emailed link is the verification: never cache or prerender it.
export const dynamic = "force-dynamic";

const OUTCOMES: Record<VerifyEmailResult, { ok: boolean; text: string }> = {
  verified: {
    ok: true,
    text: "Terima kasih! Email Anda sudah terverifikasi. Sekarang Anda dapat mengirim artikel ke redaksi.",
  },
  "already-verified": {
    ok: true,
    text: "Email Anda sudah terverifikasi sebelumnya. Tidak ada lagi yang perlu dilakukan.",
  },
  expired: {
    ok: false,
    text: "Tautan verifikasi ini sudah kedaluwarsa (berlaku 48 jam). Masuk lalu minta tautan baru.",
  },
  invalid: {
    ok: false,
    text: "Tautan verifikasi ini tidak valid atau sudah digunakan. Masuk lalu minta tautan baru bila perlu.",
  },
};

type Props = { params: Promise<{ token: string }> };

export default async function VerifyEmailPage({ params }: Props) {
  const outcome = OUTCOMES[await verifyEmail((await params).token)];
  return (
    <div className="auth-page">
      <h1>Verifikasi email</h1>
      <p
        role={outcome.ok ? "status" : "alert"}
        className={outcome.ok ? "form-success" : "form-message"}
      >
        {outcome.text}
      </p>
      <p className="form-links">
        {outcome.ok ? (
          <Link href="/tulis">Buka Studio</Link>
        ) : (
          <Link href="/verifikasi-email">Minta tautan baru</Link>
        )}
      </p>
    </div>
  );
}
