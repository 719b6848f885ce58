import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ViewsChart } from "@/components/stats/views-chart";
import styles from "@/components/stats/stats.module.css";
import { pageGate } from "@/lib/auth/page-gate";
import { REACTIONS } from "@/lib/reactions/reaction-kinds";
import { getWriterStats, STATS_DAYS } from "@/lib/stats/get-writer-stats";
import { LocalizedLink } from "@/components/i18n/localized-link";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { languageTag } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "studio.stats" });
  return { title: t("articleMetaTitle"), robots: { index: false } };
}

export default async function ArticleStatsPage({ params }: Props) {
  const locale = await enterLocale(params);
  const tag = languageTag[locale];
  const t = await getTranslations("studio.stats");
  const { id } = await params;
  const { data: stats } = await pageGate(`/tulis/statistik/${id}`, (user) => getWriterStats(user));
  const article = stats.articles.find((a) => a.id === id);
  if (!article) notFound();
  return (
    <div className={styles.page}>
      <p>
        <Link href="/tulis/statistik">{t("allStats")}</Link>
      </p>
      <h1 className="listing-title">{article.title}</h1>
      <dl className={styles.summary}>
        <div>
          <dt>{t("totalViews")}</dt>
          <dd>{article.totalViews.toLocaleString(tag)}</dd>
        </div>
        <div>
          <dt>{t("popular7")}</dt>
          <dd>{article.popularRank ? `#${article.popularRank}` : "—"}</dd>
        </div>
        <div>
          <dt>{t("comments")}</dt>
          <dd>{article.comments.toLocaleString(tag)}</dd>
        </div>
        <div>
          <dt>{t("reactions")}</dt>
          <dd>{article.reactions.toLocaleString(tag)}</dd>
        </div>
        <div>
          <dt>{t("articlePage")}</dt>
          <dd className={styles.small}>
            <LocalizedLink href={article.path}>{t("open")}</LocalizedLink>
          </dd>
        </div>
      </dl>
      <ViewsChart
        id="article"
        days={article.days}
        today={stats.today}
        caption={t("articleChartCaption", { days: STATS_DAYS })}
      />
      {article.reactions > 0 && (
        <section aria-labelledby="reactions-title">
          <h2 id="reactions-title" className="block-title">
            {t("reactions")}
          </h2>
          <table className={styles.articles} aria-labelledby="reactions-title">
            <thead>
              <tr>
                <th scope="col">{t("reaction")}</th>
                <th scope="col">{t("count")}</th>
              </tr>
            </thead>
            <tbody>
              {REACTIONS.map((r) => (
                <tr key={r.kind}>
                  <th scope="row">{t(`reactionKinds.${r.kind}`)}</th>
                  <td>{article.reactionsByKind[r.kind].toLocaleString(tag)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <p className="muted small">{t("commentsCounted")}</p>
    </div>
  );
}
