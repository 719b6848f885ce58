import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Masuk", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Messages for the no-script path, where POST /api/sesi/masuk redirects back here with a reason. */
function messageFor(reason: string | undefined, minutes: string | undefined): string | undefined {
  switch (reason) {
    case "salah":
      return "Email atau kata sandi salah.";
    case "kosong":
      return "Isi email dan kata sandi Anda.";
    case "nonaktif":
      return "Akun ini sedang dinonaktifkan. Hubungi redaksi Warta.";
    case "terlalu-banyak":
      return `Terlalu banyak percobaan. Coba lagi dalam ${Math.max(1, Number(minutes) || 15)} menit.`;
    default:
      return undefined;
  }
}

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(one(params.next));
  if (await getSessionUser()) redirect(next);
  return (
    <div className="auth-page">
      <h1>Masuk</h1>
      <p className="muted">Masuk untuk menulis dan mengirim artikel ke redaksi Warta.</p>
      <LoginForm next={next} initialMessage={messageFor(one(params.galat), one(params.menit))} />
      <div className="form-links">
        <Link href="/lupa-sandi">Lupa kata sandi?</Link>
        <span>
          Belum punya akun? <Link href="/daftar">Daftar</Link>
        </span>
      </div>
    </div>
  );
}
