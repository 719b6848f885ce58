import Link from "next/link";
import { useTranslations } from "next-intl";
import { LocalizedLink } from "@/components/i18n/localized-link";

/** What a signed-in non-editor sees on a desk page (HTTP 403). */
export default function DeskForbidden() {
  const t = useTranslations("desk.forbidden");
  return (
    <div className="notice-page">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/tulis">{t("studio")}</Link> ·{" "}
        <LocalizedLink href="/">{t("home")}</LocalizedLink>
      </p>
    </div>
  );
}
