import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ViewsChart } from "@/components/stats/views-chart";
import styles from "@/components/stats/stats.module.css";
import { pageGate } from "@/lib/auth/page-gate";
import { formatDateShort } from "@/lib/format/dates";
import { getPointsAccount } from "@/lib/points/get-points-account";
import { getWriterStats, STATS_DAYS } from "@/lib/stats/get-writer-stats";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { languageTag } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "studio.stats" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** The most read articles of the window; every article keeps its own page at /tulis/statistik/{id}. */
const SHOWN = 20;

export default async function WriterStatsPage({ params }: Props) {
  const locale = await enterLocale(params);
  const tag = languageTag[locale];
  const [t, tPoints] = await Promise.all([
    getTranslations("studio.stats"),
    getTranslations("studio.points"),
  ]);
  const { data } = await pageGate("/tulis/statistik", (user) =>
    Promise.all([getWriterStats(user), getPointsAccount(user)]),
  );
  const [stats, points] = data;
  const recent = stats.total.reduce((sum, d) => sum + d.views, 0);
  const todayViews = stats.total.at(-1)?.views ?? 0;
  return (
    <div className={styles.page}>
      <div className="studio-heading">
        <h1 className="listing-title">{t("title")}</h1>
        <Link href="/tulis">{t("back")}</Link>
      </div>
      <dl className={styles.summary}>
        <div>
          <dt>{t("totalViews")}</dt>
          <dd>{stats.totalViews.toLocaleString(tag)}</dd>
        </div>
        <div>
          <dt>{t("lastDays", { days: STATS_DAYS })}</dt>
          <dd>{recent.toLocaleString(tag)}</dd>
        </div>
        <div>
          <dt>{t("today")}</dt>
          <dd>{todayViews.toLocaleString(tag)}</dd>
        </div>
        <div>
          <dt>{t("comments")}</dt>
          <dd>{stats.totalComments.toLocaleString(tag)}</dd>
        </div>
        <div>
          <dt>{t("reactions")}</dt>
          <dd>{stats.totalReactions.toLocaleString(tag)}</dd>
        </div>
        <div>
          <dt>{t("balance")}</dt>
          <dd>
            <Link href="/tulis/statistik/poin">{tPoints("amount", { count: points.balance })}</Link>
          </dd>
        </div>
      </dl>

      <ViewsChart
        id="total"
        days={stats.total}
        today={stats.today}
        caption={t("chartCaption", { days: STATS_DAYS })}
      />

      <section aria-labelledby="per-article">
        <h2 id="per-article" className="block-title">
          {t("perArticle")}
        </h2>
        {stats.articles.length === 0 ? (
          <p className="muted">{t("noArticles")}</p>
        ) : (
          <div
            className={styles.tableScroll}
            tabIndex={0}
            role="region"
            aria-label={t("tableLabel")}
          >
            <table className={styles.articles}>
              <thead>
                <tr>
                  <th scope="col">{t("article")}</th>
                  <th scope="col">{t("yesterday")}</th>
                  <th scope="col">{t("today")}</th>
                  <th scope="col">{t("days", { days: STATS_DAYS })}</th>
                  <th scope="col">{t("total")}</th>
                  <th scope="col">{t("popular")}</th>
                  <th scope="col">{t("comments")}</th>
                  <th scope="col">{t("reactionsColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {stats.articles.slice(0, SHOWN).map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link href={`/tulis/statistik/${a.id}`}>{a.title}</Link>
                      {a.publishedAt && (
                        <span className="muted small">
                          {" "}
                          ·{" "}
                          {t("published", {
                            date: formatDateShort(new Date(a.publishedAt), locale),
                          })}
                        </span>
                      )}
                    </th>
                    <td>{(a.days.at(-2)?.views ?? 0).toLocaleString(tag)}</td>
                    <td>{(a.days.at(-1)?.views ?? 0).toLocaleString(tag)}</td>
                    <td>{a.days.reduce((s, d) => s + d.views, 0).toLocaleString(tag)}</td>
                    <td>{a.totalViews.toLocaleString(tag)}</td>
                    <td>{a.popularRank ? `#${a.popularRank}` : "—"}</td>
                    <td>{a.comments.toLocaleString(tag)}</td>
                    <td>{a.reactions.toLocaleString(tag)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {stats.articles.length > SHOWN && (
          <p className="muted small">
            {t("showing", { shown: SHOWN, count: stats.articles.length, days: STATS_DAYS })}
          </p>
        )}
        <p className="muted small">{t("howCounted")}</p>
      </section>
    </div>
  );
}
