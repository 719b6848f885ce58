"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";

export type NotFoundCopy = {
  title: string;
  body: string;
  searchLabel: string;
  inputLabel: string;
  submit: string;
  backHome: string;
};

/**
 * What a reader sees for an unknown URL; the surrounding layout gives the header and the main
 * landmark. Next renders the not-found boundary beside the async locale layout, before it has set
 * the request's locale, so the server cannot know the language here without reading the request
 * (which would turn every cached page's 404 dynamic). It gets its text in every language instead,
 * read from the catalogs with an explicit locale, and picks by the URL's [locale] segment.
 */
export function NotFoundContent({ copies }: { copies: Record<Locale, NotFoundCopy> }) {
  const params = useParams<{ locale?: string }>();
  const locale: Locale = isLocale(params.locale) ? params.locale : "id";
  const t = copies[locale];
  return (
    <div className="notice-page">
      <title>{`${t.title} | Warta`}</title>
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <form
        action={localizedPath(locale, "/cari")}
        method="get"
        role="search"
        aria-label={t.searchLabel}
        className="inline-search"
      >
        <label htmlFor="notfound-q">{t.inputLabel}</label>
        <input id="notfound-q" name="q" type="search" maxLength={200} />
        <button type="submit">{t.submit}</button>
      </form>
      <p>
        <Link prefetch={false} href={localizedPath(locale, "/")}>
          {t.backHome}
        </Link>
      </p>
    </div>
  );
}
