import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { SignUpForm } from "./sign-up-form";
import { enterLocale } from "@/lib/i18n/enter-locale";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "auth.signUp" });
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  const t = await getTranslations("auth.signUp");
  if (await getSessionUser()) redirect("/tulis");
  return (
    <div className="auth-page">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <SignUpForm />
      <p className="form-links">
        <span>
          {t.rich("haveAccount", { link: (chunks) => <Link href="/masuk">{chunks}</Link> })}
        </span>
      </p>
    </div>
  );
}
