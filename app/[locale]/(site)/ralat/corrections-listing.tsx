import { getLocale, getTranslations } from "next-intl/server";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import type { Locale } from "@/lib/i18n/locales";
import { notFound } from "next/navigation";
import { ChangeDiff } from "@/components/article/change-diff";
import { Pagination } from "@/components/site/pagination";
import { listCorrections } from "@/lib/articles/corrections/list-corrections";
import { formatWib } from "@/lib/format/dates";
import { parsePageNumber } from "@/lib/pagination";
import { pageMetadata, withPage } from "@/lib/seo/page-metadata";
import styles from "./corrections.module.css";

export async function correctionsMetadata(locale: Locale, rawPage?: string) {
  const page = parsePageNumber(rawPage) ?? 1;
  const t = await getTranslations({ locale, namespace: "site.corrections" });
  return pageMetadata({
    locale,
    title: page > 1 ? t("pagedTitle", { page }) : t("title"),
    description: t("description"),
    path: withPage("/ralat", page),
  });
}

/** Every correction on the site, newest first, each linking its article and showing what changed. */
export async function CorrectionsListing({ rawPage }: { rawPage?: string }) {
  const page = parsePageNumber(rawPage);
  if (!page) notFound();
  const corrections = await listCorrections(page);
  if (page > corrections.pageCount) notFound();
  const [t, common, locale] = await Promise.all([
    getTranslations("site.corrections"),
    getTranslations("common"),
    getLocale(),
  ]);
  return (
    <div className="listing">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/">{common("home")}</Link>
          </li>
          <li aria-current="page">{t("title")}</li>
        </ol>
      </nav>
      <h1 className="listing-title">{t("title")}</h1>
      <p className="listing-description">{t("intro")}</p>
      {corrections.items.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <ol className={styles.list}>
          {corrections.items.map((c) => (
            <li key={c.id} className={styles.item}>
              <article aria-labelledby={`ralat-${c.id}`}>
                <p className={styles.when}>
                  <time dateTime={c.at}>{formatWib(new Date(c.at), locale)}</time>
                </p>
                <h2 id={`ralat-${c.id}`} className={styles.title}>
                  <Link href={c.article.path}>{c.article.title}</Link>
                </h2>
                <p className={styles.note}>
                  <strong>{t("note")}</strong> {c.note}
                </p>
                {c.diff && <ChangeDiff parts={c.diff} label={t("diff")} className={styles.diff} />}
              </article>
            </li>
          ))}
        </ol>
      )}
      <Pagination basePath="/ralat" page={page} pageCount={corrections.pageCount} />
    </div>
  );
}
