import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ViewsChart } from "@/components/stats/views-chart";
import styles from "@/components/stats/stats.module.css";
import { pageGate } from "@/lib/auth/page-gate";
import { REACTIONS } from "@/lib/reactions/reaction-kinds";
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
          <dt>Komentar</dt>
          <dd>{article.comments.toLocaleString("id-ID")}</dd>
        </div>
        <div>
          <dt>Reaksi pembaca</dt>
          <dd>{article.reactions.toLocaleString("id-ID")}</dd>
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
      {article.reactions > 0 && (
        <section aria-labelledby="reactions-title">
          <h2 id="reactions-title" className="block-title">
            Reaksi pembaca
          </h2>
          <table className={styles.articles} aria-labelledby="reactions-title">
            <thead>
              <tr>
                <th scope="col">Reaksi</th>
                <th scope="col">Jumlah</th>
              </tr>
            </thead>
            <tbody>
              {REACTIONS.map((r) => (
                <tr key={r.kind}>
                  <th scope="row">{r.label}</th>
                  <td>{article.reactionsByKind[r.kind].toLocaleString("id-ID")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <p className="muted small">
        Komentar yang dihitung hanya yang tampil untuk pembaca, termasuk balasan; yang menunggu
        moderasi, disembunyikan atau dihapus tidak dihitung.
      </p>
    </div>
  );
}
