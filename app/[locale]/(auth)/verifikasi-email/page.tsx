import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageGate } from "@/lib/auth/page-gate";
import { VerifyEmailNotice } from "@/components/account/verify-email-notice";
import { enterLocale } from "@/lib/i18n/enter-locale";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "auth.verify" });
  return { title: t("title"), robots: { index: false } };
}

export default async function VerifyEmailStatusPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  await enterLocale(params);
  const t = await getTranslations("auth");
  const { user } = await pageGate("/verifikasi-email", async () => null);
  return (
    <div className="auth-page">
      <h1>{t("verify.title")}</h1>
      {user.emailVerifiedAt ? (
        <p role="status" className="form-success">
          {t("verify.alreadyVerified", { email: user.email })}
        </p>
      ) : (
        <VerifyEmailNotice email={user.email} />
      )}
      <p className="form-links">
        <Link href="/tulis">{t("openStudio")}</Link>
      </p>
    </div>
  );
}
