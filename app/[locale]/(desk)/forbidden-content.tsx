"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { LocalizedLink } from "@/components/i18n/localized-link";

/**
 * The desk's 403 text. A client component, like the site's 404 content: Next may render a boundary
 * before the layout has set the request's locale, and a server component would then fall back to
 * the default language. The desk layout's provider knows the locale and the desk's messages.
 */
export function DeskForbiddenContent() {
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
