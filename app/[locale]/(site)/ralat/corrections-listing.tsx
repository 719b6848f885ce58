import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { notFound } from "next/navigation";
import { ChangeDiff } from "@/components/article/change-diff";
import { Pagination } from "@/components/site/pagination";
import { listCorrections } from "@/lib/articles/corrections/list-corrections";
import { formatWib } from "@/lib/format/dates";
import { parsePageNumber } from "@/lib/pagination";
import { pageMetadata, withPage } from "@/lib/seo/page-metadata";
import styles from "./corrections.module.css";

export function correctionsMetadata(locale: Locale, rawPage?: string) {
  const page = parsePageNumber(rawPage) ?? 1;
  return pageMetadata({
    locale,
    title: page > 1 ? `Ralat — Halaman ${page}` : "Ralat",
    description:
      "Semua ralat yang diterbitkan Warta, terbaru lebih dulu, beserta perubahan teksnya.",
    path: withPage("/ralat", page),
  });
}

/** Every correction on the site, newest first, each linking its article and showing what changed. */
export async function CorrectionsListing({ rawPage }: { rawPage?: string }) {
  const page = parsePageNumber(rawPage);
  if (!page) notFound();
  const corrections = await listCorrections(page);
  if (page > corrections.pageCount) notFound();
  return (
    <div className="listing">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/">Beranda</Link>
          </li>
          <li aria-current="page">Ralat</li>
        </ol>
      </nav>
      <h1 className="listing-title">Ralat</h1>
      <p className="listing-description">
        Warta mengoreksi kesalahan secara terbuka. Setiap ralat tercatat di sini dan di halaman
        artikelnya, tidak pernah dihapus atau ditimpa.
      </p>
      {corrections.items.length === 0 ? (
        <p className="muted">Belum ada ralat.</p>
      ) : (
        <ol className={styles.list}>
          {corrections.items.map((c) => (
            <li key={c.id} className={styles.item}>
              <article aria-labelledby={`ralat-${c.id}`}>
                <p className={styles.when}>
                  <time dateTime={c.at}>{formatWib(new Date(c.at))}</time>
                </p>
                <h2 id={`ralat-${c.id}`} className={styles.title}>
                  <Link href={c.article.path}>{c.article.title}</Link>
                </h2>
                <p className={styles.note}>
                  <strong>Ralat:</strong> {c.note}
                </p>
                {c.diff && (
                  <ChangeDiff parts={c.diff} label="Perubahan teks" className={styles.diff} />
                )}
              </article>
            </li>
          ))}
        </ol>
      )}
      <Pagination basePath="/ralat" page={page} pageCount={corrections.pageCount} />
    </div>
  );
}
