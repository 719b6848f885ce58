import Link from "next/link";
import { useTranslations } from "next-intl";
import { LocalizedLink } from "@/components/i18n/localized-link";

// HTTP 401: a page that needs a signed-in user. The locale layout gives the header and footer.
export default function Unauthorized() {
  const t = useTranslations("common");
  return (
    <div className="notice-page">
      <h1>{t("unauthorized.title")}</h1>
      <p>{t("unauthorized.body")}</p>
      <p>
        <Link href="/masuk">{t("account.signIn")}</Link> ·{" "}
        <LocalizedLink href="/">{t("notFound.backHome")}</LocalizedLink>
      </p>
    </div>
  );
}
