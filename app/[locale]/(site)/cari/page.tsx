import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import { localizedPath } from "@/lib/i18n/paths";
import { translateServerText } from "@/lib/i18n/server-text";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/site/pagination";
import { formatDateShort } from "@/lib/format/dates";
import { parsePageNumber } from "@/lib/pagination";
import { searchArticles } from "@/lib/search/search-articles";
import { MAX_QUERY_LENGTH } from "@/lib/search/search-query";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[]; halaman?: string | string[] }>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 80);
  const t = await getTranslations({ locale, namespace: "site.search" });
  return pageMetadata({
    locale,
    title: query ? t("resultsTitle", { query }) : t("title"),
    description: t("description"),
    path: "/cari",
    noIndex: true,
  });
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations("site.search");
  const query = await searchParams;
  const rawPage = Array.isArray(query.halaman) ? query.halaman[0] : query.halaman;
  const page = parsePageNumber(rawPage);
  if (!page) notFound();
  const asked = query.q !== undefined;
  const outcome = asked ? await searchArticles({ query: query.q, page }) : null;
  if (outcome?.kind === "ok" && outcome.total > 0 && page > outcome.pageCount) notFound();

  return (
    <div className="listing">
      <h1 className="listing-title">{t("title")}</h1>
      <form
        action={localizedPath(locale, "/cari")}
        method="get"
        role="search"
        aria-label={t("formLabel")}
        className="search-form"
      >
        <label htmlFor="search-q" className="visually-hidden">
          {t("inputLabel")}
        </label>
        {/* React escapes the value: whatever was typed comes back as text, never markup. */}
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={outcome?.query ?? ""}
          maxLength={MAX_QUERY_LENGTH * 2}
          placeholder={t("placeholder")}
        />
        <button type="submit">{t("submit")}</button>
      </form>

      {!outcome && <p className="muted">{t("hint")}</p>}
      {outcome && outcome.kind !== "ok" && (
        <p className="form-message" role="status">
          {translateServerText(locale, outcome.message)}
        </p>
      )}
      {outcome?.kind === "ok" && (
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="block-title">
            {outcome.total > 0
              ? t(outcome.totalCapped ? "resultsCapped" : "results", {
                  count: outcome.total,
                  query: outcome.query,
                })
              : t("none", { query: outcome.query })}
          </h2>
          {outcome.suggestion && (
            <p className="suggestion">
              {t("suggestion")}{" "}
              <Link
                prefetch={false}
                href={`/cari?${new URLSearchParams({ q: outcome.suggestion })}`}
              >
                <strong>{outcome.suggestion}</strong>
              </Link>
            </p>
          )}
          <ol className="search-results">
            {outcome.results.map((hit) => (
              <li key={hit.id}>
                <h3>
                  <Link prefetch={false} href={`/${hit.sectionSlug}/${hit.slug}`}>
                    {hit.title}
                  </Link>
                </h3>
                {/* Escaped by lib/search/snippet.ts; only <mark> is markup. */}
                <p className="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
                <p className="card-meta">
                  {hit.writer.displayName} ·{" "}
                  <time dateTime={new Date(hit.publishedAt).toISOString()}>
                    {formatDateShort(new Date(hit.publishedAt), locale)}
                  </time>
                </p>
              </li>
            ))}
          </ol>
          <Pagination
            basePath="/cari"
            page={page}
            pageCount={outcome.pageCount}
            query={outcome.query}
          />
        </section>
      )}
    </div>
  );
}
