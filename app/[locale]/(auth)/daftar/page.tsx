import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { SignUpForm } from "./sign-up-form";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = {
  title: "Daftar",
  description: "Buat akun penulis Warta dan kirim tulisan Anda ke redaksi.",
};

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  if (await getSessionUser()) redirect("/tulis");
  return (
    <div className="auth-page">
      <h1>Daftar sebagai penulis</h1>
      <p className="muted">
        Siapa pun dapat menulis di Warta. Setiap tulisan diperiksa redaksi sebelum terbit.
      </p>
      <SignUpForm />
      <p className="form-links">
        <span>
          Sudah punya akun? <Link href="/masuk">Masuk</Link>
        </span>
      </p>
    </div>
  );
}
