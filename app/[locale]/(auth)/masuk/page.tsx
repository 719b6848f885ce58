import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { logInErrorMessage } from "@/lib/auth/log-in-errors";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { LoginForm } from "./login-form";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { translateServerText } from "@/lib/i18n/server-text";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "auth.logIn" });
  return { title: t("title"), robots: { index: false } };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function LoginPage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations("auth.logIn");
  const query = await searchParams;
  const next = safeNextPath(one(query.next));
  if (await getSessionUser()) redirect(next);
  const message = logInErrorMessage(one(query.galat) ?? one(query.error), one(query.menit));
  return (
    <div className="auth-page">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <LoginForm next={next} initialMessage={message && translateServerText(locale, message)} />
      <div className="form-links">
        <Link href="/lupa-sandi">{t("forgot")}</Link>
        <span>
          {t.rich("noAccount", { link: (chunks) => <Link href="/daftar">{chunks}</Link> })}
        </span>
      </div>
    </div>
  );
}
