import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ViewsChart } from "@/components/stats/views-chart";
import styles from "@/components/stats/stats.module.css";
import { pageGate } from "@/lib/auth/page-gate";
import { getWriterStats, STATS_DAYS } from "@/lib/stats/get-writer-stats";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Statistik artikel", robots: { index: false } };

type Props = { params: Promise<{ locale: string; id: string }> };

export default async function ArticleStatsPage({ params }: Props) {
  await enterLocale(params);
  const { id } = await params;
  const { data: stats } = await pageGate(`/tulis/statistik/${id}`, (user) => getWriterStats(user));
  const article = stats.articles.find((a) => a.id === id);
  if (!article) notFound();
  return (
    <div className={styles.page}>
      <p>
        <Link href="/tulis/statistik">← Semua statistik</Link>
      </p>
      <h1 className="listing-title">{article.title}</h1>
      <dl className={styles.summary}>
        <div>
          <dt>Total pembaca</dt>
          <dd>{article.totalViews.toLocaleString("id-ID")}</dd>
        </div>
        <div>
          <dt>Terpopuler (7 hari)</dt>
          <dd>{article.popularRank ? `#${article.popularRank}` : "—"}</dd>
        </div>
        <div>
          <dt>Halaman artikel</dt>
          <dd className={styles.small}>
            <Link href={article.path}>Buka</Link>
          </dd>
        </div>
      </dl>
      <ViewsChart
        id="article"
        days={article.days}
        today={stats.today}
        caption={`Pembaca per hari (${STATS_DAYS} hari terakhir)`}
      />
    </div>
  );
}
