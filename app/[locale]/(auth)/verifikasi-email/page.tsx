import type { Metadata } from "next";
import Link from "next/link";
import { pageGate } from "@/lib/auth/page-gate";
import { VerifyEmailNotice } from "@/components/account/verify-email-notice";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Verifikasi email", robots: { index: false } };

export default async function VerifyEmailStatusPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  await enterLocale(params);
  const { user } = await pageGate("/verifikasi-email", async () => null);
  return (
    <div className="auth-page">
      <h1>Verifikasi email</h1>
      {user.emailVerifiedAt ? (
        <p role="status" className="form-success">
          Email Anda ({user.email}) sudah terverifikasi.
        </p>
      ) : (
        <VerifyEmailNotice email={user.email} />
      )}
      <p className="form-links">
        <Link href="/tulis">Buka Studio</Link>
      </p>
    </div>
  );
}
