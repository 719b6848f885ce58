import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { checkResetLink } from "@/lib/users/check-reset-link";
import { RESET_LINK_MESSAGES } from "@/lib/users/reset-password";
import { NewPasswordForm } from "./new-password-form";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { translateServerText } from "@/lib/i18n/server-text";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "auth.newPassword" });
  return { title: t("title"), robots: { index: false }, referrer: "same-origin" };
}
// "same-origin", not "no-referrer": the token in the URL must not reach other sites, but with
// "no-referrer" browsers send `Origin: null` on this page's form posts (Keluar), which the CSRF check refuses.
// One-time links are checked on every request; never cache or prerender them.
export const dynamic = "force-dynamic";

export default async function NewPasswordPage({ params }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations("auth");
  const { token } = await params;
  const status = await checkResetLink(token);
  return (
    <div className="auth-page">
      <h1>{t("newPassword.title")}</h1>
      {status === "valid" ? (
        <>
          <p className="muted">{t("newPassword.intro")}</p>
          <NewPasswordForm token={token} />
        </>
      ) : (
        <>
          <p className="form-message" role="alert">
            {translateServerText(locale, RESET_LINK_MESSAGES[status])}
          </p>
          <p className="form-links">
            <Link href="/lupa-sandi">{t("askNewLink")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
