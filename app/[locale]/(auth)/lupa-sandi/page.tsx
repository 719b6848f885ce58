import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RequestResetForm } from "./request-reset-form";
import { enterLocale } from "@/lib/i18n/enter-locale";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "auth.forgot" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ForgotPasswordPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  await enterLocale(params);
  const t = await getTranslations("auth.forgot");
  return (
    <div className="auth-page">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <RequestResetForm />
      <p className="form-links">
        <Link href="/masuk">{t("back")}</Link>
      </p>
    </div>
  );
}
