import { useTranslations } from "next-intl";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import { withPage } from "@/lib/seo/page-metadata";

type Props = { basePath: string; page: number; pageCount: number; query?: string };

/** Previous / next and nearby pages, as ?halaman=N links (page 1 is the bare URL). */
export function Pagination({ basePath, page, pageCount, query }: Props) {
  const t = useTranslations("site.pagination");
  if (pageCount <= 1) return null;
  const href = (n: number) => {
    if (query === undefined) return withPage(basePath, n);
    const params = new URLSearchParams({ q: query });
    if (n > 1) params.set("halaman", String(n));
    return `${basePath}?${params}`;
  };
  const nearby = [page - 2, page - 1, page, page + 1, page + 2].filter(
    (n) => n >= 1 && n <= pageCount,
  );
  return (
    <nav className="pagination" aria-label={t("label")}>
      {page > 1 && (
        <Link prefetch={false} href={href(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      )}
      {nearby.map((n) =>
        n === page ? (
          <span key={n} aria-current="page" className="pagination-current">
            {n}
          </span>
        ) : (
          <Link prefetch={false} key={n} href={href(n)} aria-label={t("page", { page: n })}>
            {n}
          </Link>
        ),
      )}
      {page < pageCount && (
        <Link prefetch={false} href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      )}
      <span className="pagination-summary">{t("summary", { page, count: pageCount })}</span>
    </nav>
  );
}
