import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listMyArticles } from "@/lib/articles/list-my-articles";
import { pageGate } from "@/lib/auth/page-gate";
import { VerifyEmailNotice } from "@/components/account/verify-email-notice";
import { NewDraftForm } from "./new-draft-form";
import { StudioArticleList } from "./studio-article-list";
import { StatusPage, studioStatusFrom } from "./status-page";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "studio.home" });
  return { title: t("title"), robots: { index: false } };
}

export default async function StudioPage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const query = await searchParams;
  const status = studioStatusFrom(query.status);
  if (status) return <StatusPage status={status} before={query.sebelum} locale={locale} />;
  const { user, data: groups } = await pageGate("/tulis", listMyArticles);
  const t = await getTranslations("studio");
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  return (
    <div className="studio-home">
      <div className="studio-heading">
        <h1 className="listing-title">{t("home.title")}</h1>
        <Link href="/tulis/statistik">{t("home.statsLink")}</Link>
        <NewDraftForm />
      </div>
      {!user.emailVerifiedAt && <VerifyEmailNotice email={user.email} />}
      <p className="muted">
        {t("home.greeting", { name: user.displayName })}{" "}
        {total ? t("home.count", { count: total }) : t("home.empty")}
      </p>
      {groups.length > 0 && (
        <nav aria-label={t("home.summary")} className="status-summary">
          <ul className="topic-chips">
            {groups.map((group) => (
              <li key={group.status}>
                <a href={`#status-${group.status.toLowerCase()}`}>
                  {t(`status.${group.status}`)} ({group.count})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {groups.map((group) => (
        <section
          key={group.status}
          id={`status-${group.status.toLowerCase()}`}
          aria-labelledby={`heading-${group.status}`}
          className="studio-group"
        >
          <h2 id={`heading-${group.status}`} className="block-title">
            {t(`status.${group.status}`)} <span className="count">({group.count})</span>
          </h2>
          <StudioArticleList status={group.status} articles={group.articles} locale={locale} />
          {group.count > group.articles.length && (
            <p>
              <Link href={`/tulis?status=${group.status.toLowerCase()}`}>
                {t("home.seeAll", { count: group.count })}
              </Link>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
