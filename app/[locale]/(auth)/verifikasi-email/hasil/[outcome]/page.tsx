import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { VerifyEmailResult } from "@/lib/users/verify-email";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Verifikasi email", robots: { index: false } };

const OUTCOMES: Record<VerifyEmailResult, { ok: boolean; text: string }> = {
  verified: {
    ok: true,
    text: "Terima kasih! Email Anda sudah terverifikasi. Masuk dengan email dan kata sandi Anda untuk mengirim artikel ke redaksi.",
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

const isOutcome = (value: string): value is VerifyEmailResult => Object.hasOwn(OUTCOMES, value);

// Four fixed pages, rendered at build: what the link's route handler (../../[token]/route.ts) found.
// The link never signs anyone in: mail scanners open links and e-mails get forwarded, so a one-time
// link that opened a session would hand the account to whoever holds the e-mail. The password
// chosen at sign-up is the proof; a browser that is signed in already goes straight on to /tulis.
export const dynamicParams = false;
export const generateStaticParams = async () =>
  Object.keys(OUTCOMES).map((outcome) => ({ outcome }));

type Props = { params: Promise<{ locale: string; outcome: string }> };

export default async function VerifyEmailOutcomePage({ params }: Props) {
  await enterLocale(params);
  const { outcome: name } = await params;
  if (!isOutcome(name)) notFound();
  const outcome = OUTCOMES[name];
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
          <Link href="/masuk?next=%2Ftulis">Masuk ke Studio</Link>
        ) : (
          <Link href="/verifikasi-email">Minta tautan baru</Link>
        )}
      </p>
    </div>
  );
}
