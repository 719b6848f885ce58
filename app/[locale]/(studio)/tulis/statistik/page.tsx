import type { Metadata } from "next";
import Link from "next/link";
import { ViewsChart } from "@/components/stats/views-chart";
import styles from "@/components/stats/stats.module.css";
import { pageGate } from "@/lib/auth/page-gate";
import { formatDateShort } from "@/lib/format/dates";
import { formatPoints } from "@/lib/points/format-points";
import { getPointsAccount } from "@/lib/points/get-points-account";
import { getWriterStats, STATS_DAYS } from "@/lib/stats/get-writer-stats";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Statistik Penulis", robots: { index: false } };

/** The most read articles of the window; every article keeps its own page at /tulis/statistik/{id}. */
const SHOWN = 20;

export default async function WriterStatsPage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  const { data } = await pageGate("/tulis/statistik", (user) =>
    Promise.all([getWriterStats(user), getPointsAccount(user)]),
  );
  const [stats, points] = data;
  const recent = stats.total.reduce((sum, d) => sum + d.views, 0);
  const todayViews = stats.total.at(-1)?.views ?? 0;
  return (
    <div className={styles.page}>
      <div className="studio-heading">
        <h1 className="listing-title">Statistik</h1>
        <Link href="/tulis">← Studio Penulis</Link>
      </div>
      <dl className={styles.summary}>
        <div>
          <dt>Total pembaca</dt>
          <dd>{stats.totalViews.toLocaleString("id-ID")}</dd>
        </div>
        <div>
          <dt>{STATS_DAYS} hari terakhir</dt>
          <dd>{recent.toLocaleString("id-ID")}</dd>
        </div>
        <div>
          <dt>Hari ini</dt>
          <dd>{todayViews.toLocaleString("id-ID")}</dd>
        </div>
        <div>
          <dt>Komentar</dt>
          <dd>{stats.totalComments.toLocaleString("id-ID")}</dd>
        </div>
        <div>
          <dt>Reaksi pembaca</dt>
          <dd>{stats.totalReactions.toLocaleString("id-ID")}</dd>
        </div>
        <div>
          <dt>Saldo poin</dt>
          <dd>
            <Link href="/tulis/statistik/poin">{formatPoints(points.balance)}</Link>
          </dd>
        </div>
      </dl>

      <ViewsChart
        id="total"
        days={stats.total}
        today={stats.today}
        caption={`Pembaca per hari, semua artikel (${STATS_DAYS} hari terakhir)`}
      />

      <section aria-labelledby="per-article">
        <h2 id="per-article" className="block-title">
          Per artikel
        </h2>
        {stats.articles.length === 0 ? (
          <p className="muted">
            Belum ada artikel Anda yang terbit. Statistik muncul setelah artikel pertama terbit.
          </p>
        ) : (
          <div
            className={styles.tableScroll}
            tabIndex={0}
            role="region"
            aria-label="Statistik per artikel"
          >
            <table className={styles.articles}>
              <thead>
                <tr>
                  <th scope="col">Artikel</th>
                  <th scope="col">Kemarin</th>
                  <th scope="col">Hari ini</th>
                  <th scope="col">{STATS_DAYS} hari</th>
                  <th scope="col">Total</th>
                  <th scope="col">Terpopuler</th>
                  <th scope="col">Komentar</th>
                  <th scope="col">Reaksi</th>
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
                          · terbit {formatDateShort(new Date(a.publishedAt))}
                        </span>
                      )}
                    </th>
                    <td>{(a.days.at(-2)?.views ?? 0).toLocaleString("id-ID")}</td>
                    <td>{(a.days.at(-1)?.views ?? 0).toLocaleString("id-ID")}</td>
                    <td>{a.days.reduce((s, d) => s + d.views, 0).toLocaleString("id-ID")}</td>
                    <td>{a.totalViews.toLocaleString("id-ID")}</td>
                    <td>{a.popularRank ? `#${a.popularRank}` : "—"}</td>
                    <td>{a.comments.toLocaleString("id-ID")}</td>
                    <td>{a.reactions.toLocaleString("id-ID")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {stats.articles.length > SHOWN && (
          <p className="muted small">
            Menampilkan {SHOWN} dari {stats.articles.length} artikel terbit, yang paling banyak
            dibaca dalam {STATS_DAYS} hari terakhir lebih dulu.
          </p>
        )}
        <p className="muted small">
          Pembaca dihitung sekali per pengunjung per artikel per hari (WIB); bacaan Anda sendiri,
          redaksi dan mesin tidak dihitung. “Terpopuler” adalah peringkat artikel di seluruh Warta
          menurut pembaca 7 hari terakhir. Komentar yang dihitung hanya yang tampil untuk pembaca
          (termasuk balasan; yang menunggu moderasi, disembunyikan, dihapus tidak); reaksi adalah
          reaksi pembaca pada artikel.
        </p>
      </section>
    </div>
  );
}
