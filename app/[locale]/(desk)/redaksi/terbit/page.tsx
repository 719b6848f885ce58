import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listPublishedForDesk } from "@/lib/articles/publication/list-published-for-desk";
import { formatWib } from "@/lib/format/dates";
import { pageGate } from "@/lib/auth/page-gate";
import { LocalizedLink } from "@/components/i18n/localized-link";
import { PageLinks, pageParam } from "@/components/ui/page-links";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string; laman?: string }>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "desk.published" });
  return { title: t("title") };
}

export default async function PublishedPage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations("desk");
  const { q = "", laman } = await searchParams;
  const page = pageParam(laman);
  const gate = await pageGate("/redaksi/terbit", (user) =>
    listPublishedForDesk(user, { query: q, page }),
  );
  const list = gate.data;
  return (
    <div>
      <h1 className="listing-title">{t("published.title")}</h1>
      <p className="muted">{t("published.intro")}</p>
      <form
        method="get"
        className="search-form"
        role="search"
        aria-label={t("published.searchLabel")}
      >
        <label htmlFor="published-q" className="visually-hidden">
          {t("published.titleLabel")}
        </label>
        <input
          id="published-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={100}
          placeholder={t("published.placeholder")}
        />
        <button type="submit">{t("search")}</button>
      </form>
      <p className="small muted">{t("articleCount", { count: list.total })}</p>
      <ul className="studio-list" aria-label={t("published.listLabel")}>
        {list.items.map((item) => (
          <li key={item.id}>
            <Link href={`/redaksi/artikel/${item.id}`}>
              <strong>{item.title}</strong>
            </Link>
            {item.featured && <span className="status"> {t("published.headline")}</span>}
            {item.corrected && <span className="status"> {t("published.corrected")}</span>}
            <p className="small muted">
              <time dateTime={item.publishedAt}>
                {formatWib(new Date(item.publishedAt), locale)}
              </time>{" "}
              · {item.writerName}
              {item.editorName && <> · {t("published.editor", { name: item.editorName })}</>} ·{" "}
              {t("published.readers", { count: item.viewCount })} ·{" "}
              <LocalizedLink href={item.path}>{t("published.onSite")}</LocalizedLink>
            </p>
          </li>
        ))}
      </ul>
      <PageLinks
        basePath="/redaksi/terbit"
        page={page}
        pageCount={list.pageCount}
        params={{ q: q || undefined }}
      />
    </div>
  );
}
