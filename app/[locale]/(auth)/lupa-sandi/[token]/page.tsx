import type { Metadata } from "next";
import Link from "next/link";
import { checkResetLink } from "@/lib/users/check-reset-link";
import { RESET_LINK_MESSAGES } from "@/lib/users/reset-password";
import { NewPasswordForm } from "./new-password-form";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = {
  title: "Buat kata sandi baru",
  robots: { index: false },
  referrer: "same-origin",
};
// "same-origin", not "no-referrer": the token in the URL must not reach other sites, but with
// "no-referrer" browsers send `Origin: null` on this page's form posts (Keluar), which the CSRF check refuses.
// One-time links are checked on every request; never cache or prerender them.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }> };

export default async function NewPasswordPage({ params }: Props) {
  await enterLocale(params);
  const { token } = await params;
  const status = await checkResetLink(token);
  return (
    <div className="auth-page">
      <h1>Buat kata sandi baru</h1>
      {status === "valid" ? (
        <>
          <p className="muted">
            Setelah disimpan, semua sesi akun Anda di perangkat lain berakhir dan Anda langsung
            masuk di perangkat ini.
          </p>
          <NewPasswordForm token={token} />
        </>
      ) : (
        <>
          <p className="form-message" role="alert">
            {RESET_LINK_MESSAGES[status]}
          </p>
          <p className="form-links">
            <Link href="/lupa-sandi">Minta tautan baru</Link>
          </p>
        </>
      )}
    </div>
  );
}
