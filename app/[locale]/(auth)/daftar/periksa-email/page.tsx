import type { Metadata } from "next";
import Link from "next/link";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Periksa email Anda", robots: { index: false } };

/**
 * Where every accepted sign-up lands, with a new address or a registered one: one fixed page, so
 * the answer says nothing about who has an account (the mailbox's owner learns it from the email).
 */
export default async function CheckEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  return (
    <div className="auth-page">
      <h1>Periksa email Anda</h1>
      <p role="status" className="form-success">
        Kami telah mengirim email ke alamat yang Anda isi. Ikuti petunjuk di dalamnya: untuk akun
        baru, buka tautan verifikasi (berlaku 48 jam), lalu masuk dengan email dan kata sandi Anda.
      </p>
      <p className="muted">
        Tidak menerima email dalam beberapa menit? Periksa folder spam, atau daftar lagi dengan
        alamat yang benar.
      </p>
      <p className="form-links">
        <Link href="/masuk">Masuk</Link>
      </p>
    </div>
  );
}
