import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { logInErrorMessage } from "@/lib/auth/log-in-errors";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { LoginForm } from "./login-form";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Masuk", robots: { index: false } };

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function LoginPage({ params, searchParams }: Props) {
  await enterLocale(params);
  const query = await searchParams;
  const next = safeNextPath(one(query.next));
  if (await getSessionUser()) redirect(next);
  return (
    <div className="auth-page">
      <h1>Masuk</h1>
      <p className="muted">Masuk untuk menulis dan mengirim artikel ke redaksi Warta.</p>
      <LoginForm
        next={next}
        initialMessage={logInErrorMessage(one(query.galat) ?? one(query.error), one(query.menit))}
      />
      <div className="form-links">
        <Link href="/lupa-sandi">Lupa kata sandi?</Link>
        <span>
          Belum punya akun? <Link href="/daftar">Daftar</Link>
        </span>
      </div>
    </div>
  );
}
