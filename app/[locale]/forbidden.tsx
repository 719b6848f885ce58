import { useTranslations } from "next-intl";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";

// HTTP 403 outside the desk (the desk has its own). The locale layout gives the header and footer.
export default function Forbidden() {
  const t = useTranslations("common");
  return (
    <div className="notice-page">
      <h1>{t("forbidden.title")}</h1>
      <p>{t("forbidden.body")}</p>
      <p>
        <Link href="/">{t("notFound.backHome")}</Link>
      </p>
    </div>
  );
}
