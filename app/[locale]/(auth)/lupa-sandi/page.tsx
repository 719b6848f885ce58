import type { Metadata } from "next";
import Link from "next/link";
import { RequestResetForm } from "./request-reset-form";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Lupa kata sandi", robots: { index: false } };

export default async function ForgotPasswordPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  await enterLocale(params);
  return (
    <div className="auth-page">
      <h1>Lupa kata sandi</h1>
      <p className="muted">
        Masukkan email akun Anda. Kami akan mengirim tautan untuk membuat kata sandi baru.
      </p>
      <RequestResetForm />
      <p className="form-links">
        <Link href="/masuk">Kembali ke halaman masuk</Link>
      </p>
    </div>
  );
}
