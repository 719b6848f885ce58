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
  const t = await getTranslations({ locale, namespace: "auth.passwordChanged" });
  return { title: t("title"), robots: { index: false } };
}

export default async function PasswordChangedPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  await enterLocale(params);
  const t = await getTranslations("auth");
  return (
    <div className="auth-page">
      <h1>{t("passwordChanged.title")}</h1>
      <p role="status" className="form-success">
        {t("passwordChanged.body")}
      </p>
      <p className="form-links">
        <Link href="/tulis">{t("openStudio")}</Link>
      </p>
    </div>
  );
}
