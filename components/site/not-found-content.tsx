"use client";

import { useLocale, useTranslations } from "next-intl";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import { localizedPath } from "@/lib/i18n/paths";

/**
 * What a reader sees for an unknown URL; the surrounding layout gives the header and the main
 * landmark. A client component on purpose: Next renders the not-found boundary beside the async
 * locale layout, before it has set the request's locale, so a server component here would make
 * next-intl read the request headers and turn every cached page's 404 dynamic (an error at
 * runtime). The layout's NextIntlClientProvider knows the locale and the common messages.
 */
export function NotFoundContent() {
  const t = useTranslations("common");
  const locale = useLocale();
  return (
    <div className="notice-page">
      <title>{`${t("notFound.title")} | Warta`}</title>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <form
        action={localizedPath(locale, "/cari")}
        method="get"
        role="search"
        aria-label={t("search.other")}
        className="inline-search"
      >
        <label htmlFor="notfound-q">{t("search.inputLabel")}</label>
        <input id="notfound-q" name="q" type="search" maxLength={200} />
        <button type="submit">{t("search.submit")}</button>
      </form>
      <p>
        <Link prefetch={false} href="/">
          {t("notFound.backHome")}
        </Link>
      </p>
    </div>
  );
}
