import type { Metadata } from "next";
import Link from "next/link";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Kata sandi diperbarui", robots: { index: false } };

export default async function PasswordChangedPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  await enterLocale(params);
  return (
    <div className="auth-page">
      <h1>Kata sandi diperbarui</h1>
      <p role="status" className="form-success">
        Kata sandi Anda telah diubah. Semua sesi lain telah diakhiri, dan Anda sudah masuk di
        perangkat ini.
      </p>
      <p className="form-links">
        <Link href="/tulis">Buka Studio</Link>
      </p>
    </div>
  );
}
