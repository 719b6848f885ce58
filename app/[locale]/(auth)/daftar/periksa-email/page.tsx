import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { enterLocale } from "@/lib/i18n/enter-locale";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "auth.checkEmail" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * Where every accepted sign-up lands, with a new address or a registered one: one fixed page, so
 * the answer says nothing about who has an account (the mailbox's owner learns it from the email).
 */
export default async function CheckEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  const t = await getTranslations("auth.checkEmail");
  return (
    <div className="auth-page">
      <h1>{t("title")}</h1>
      <p role="status" className="form-success">
        {t("body")}
      </p>
      <p className="muted">{t("noEmail")}</p>
      <p className="form-links">
        <Link href="/masuk">{t("logIn")}</Link>
      </p>
    </div>
  );
}
