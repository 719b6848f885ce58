import Link from "next/link";
import { useTranslations } from "next-intl";

type Props = {
  basePath: string;
  page: number;
  pageCount: number;
  params: Record<string, string | undefined>;
};

/**
 * Previous / next for desk lists, keeping the filters. The page is `?laman=N`: the reader side's
 * `?halaman=N` is rewritten by proxy.ts into a path segment these pages do not have.
 */
export function PageLinks({ basePath, page, pageCount, params }: Props) {
  const t = useTranslations("site.pagination");
  if (pageCount <= 1) return null;
  const href = (n: number) => {
    const query = new URLSearchParams(
      Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])),
    );
    if (n > 1) query.set("laman", String(n));
    const text = query.toString();
    return text ? `${basePath}?${text}` : basePath;
  };
  return (
    <nav className="pagination" aria-label={t("label")}>
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      )}
      <span aria-current="page" className="pagination-current">
        {page}
      </span>
      {page < pageCount && (
        <Link href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      )}
      <span className="pagination-summary">{t("summary", { page, count: pageCount })}</span>
    </nav>
  );
}

/** The page number of `?laman=N`, 1 for anything else. */
export function pageParam(raw: string | string[] | undefined): number {
  const text = Array.isArray(raw) ? raw[0] : raw;
  return text && /^[1-9]\d{0,5}$/.test(text) ? Number(text) : 1;
}

/** One text value of a search param (the first when repeated). */
export function textParam(raw: string | string[] | undefined, max = 100): string {
  const text = Array.isArray(raw) ? raw[0] : raw;
  return (text ?? "").trim().slice(0, max);
}
