import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listMyArticlesWithStatus } from "@/lib/articles/list-my-articles-with-status";
import { STATUS_ORDER } from "@/lib/articles/list-my-articles";
import { pageGate } from "@/lib/auth/page-gate";
import { CursorLinks } from "@/components/ui/cursor-links";
import { textParam } from "@/components/ui/page-links";
import type { Locale } from "@/lib/i18n/locales";
import type { StudioArticle } from "@/lib/articles/studio-rows";
import { StudioArticleList } from "./studio-article-list";

type Props = { status: StudioArticle["status"]; before?: string | string[]; locale: Locale };

/** `?status=published` (any case) names a status group; anything else opens the overview. */
export function studioStatusFrom(value: string | string[] | undefined) {
  const raw = textParam(value).toUpperCase();
  return STATUS_ORDER.find((status) => status === raw);
}

/** One status group of the writer's articles, 50 at a time, newest change first. */
export async function StatusPage({ status, before, locale }: Props) {
  const cursor = textParam(before, 40) || undefined;
  const here = `/tulis?status=${status.toLowerCase()}`;
  const { data: page } = await pageGate(here, (user) =>
    listMyArticlesWithStatus(user, status, cursor),
  );
  const t = await getTranslations("studio");
  return (
    <div className="studio-home">
      <p className="small">
        <Link href="/tulis">{t("home.backToOverview")}</Link>
      </p>
      <h1 className="listing-title">
        {t(`status.${status}`)} <span className="count">({page.count})</span>
      </h1>
      {page.articles.length === 0 ? (
        <p>{t("home.noneWithStatus")}</p>
      ) : (
        <StudioArticleList status={status} articles={page.articles} locale={locale} />
      )}
      <CursorLinks
        label={t("home.pagesLabel")}
        first={page.continued ? { href: here, text: t("home.newest") } : undefined}
        next={
          page.next
            ? { href: `${here}&sebelum=${encodeURIComponent(page.next)}`, text: t("home.older") }
            : undefined
        }
      />
    </div>
  );
}
