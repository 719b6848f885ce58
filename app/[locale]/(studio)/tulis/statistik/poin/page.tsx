import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/stats/stats.module.css";
import { pageGate } from "@/lib/auth/page-gate";
import { formatWib } from "@/lib/format/dates";
import { METHOD_LABELS } from "@/lib/points/account-details";
import { formatPoints, formatRupiah } from "@/lib/points/format-points";
import { getPointsAccount } from "@/lib/points/get-points-account";
import { RedemptionForm } from "./redemption-form";
import "@/components/account/account.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Poin Penulis", robots: { index: false } };

const KIND_LABELS = {
  ACCRUAL: "Pembaca",
  BONUS: "Bonus redaksi",
  RESERVE: "Penukaran",
  RELEASE: "Dikembalikan",
} as const;
const STATUS_LABELS = {
  PENDING: "Menunggu",
  APPROVED: "Disetujui",
  REJECTED: "Ditolak",
  PAID: "Dibayar",
} as const;

export default async function PointsPage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  const { data: account } = await pageGate("/tulis/statistik/poin", (user) =>
    getPointsAccount(user),
  );
  const { settings } = account;
  const pending = account.redemptions.find((r) => r.status === "PENDING");
  return (
    <div className={styles.page}>
      <div className="studio-heading">
        <h1 className="listing-title">Poin</h1>
        <Link href="/tulis/statistik">← Statistik</Link>
      </div>
      <p className="muted">
        Setiap {settings.viewsPerPoint.toLocaleString("id-ID")} pembaca memberi 1 poin; 1 poin
        bernilai {formatRupiah(settings.rupiahPerPoint)}. Poin dapat ditukar mulai{" "}
        {formatPoints(settings.minimumRedemption)} (
        {formatRupiah(settings.minimumRedemption * settings.rupiahPerPoint)}).
      </p>
      <dl className={styles.summary}>
        <div>
          <dt>Saldo</dt>
          <dd data-testid="points-balance">{formatPoints(account.balance)}</dd>
        </div>
        <div>
          <dt>Nilai saldo</dt>
          <dd>{formatRupiah(account.balance * settings.rupiahPerPoint)}</dd>
        </div>
        <div>
          <dt>Total diperoleh</dt>
          <dd>{formatPoints(account.earned)}</dd>
        </div>
        <div>
          <dt>Ditukar / dicadangkan</dt>
          <dd>{formatPoints(account.reserved)}</dd>
        </div>
      </dl>

      <div className={styles.twoColumns}>
        <section aria-labelledby="redeem">
          <h2 id="redeem" className="block-title">
            Tukar poin
          </h2>
          {pending ? (
            <p role="status">
              Permintaan {formatPoints(pending.points)} ke {pending.accountMasked} sedang menunggu
              keputusan redaksi.
            </p>
          ) : account.balance < settings.minimumRedemption ? (
            <p>
              Saldo Anda belum mencapai {formatPoints(settings.minimumRedemption)}. Kurang{" "}
              {formatPoints(settings.minimumRedemption - account.balance)} lagi.
            </p>
          ) : (
            <RedemptionForm balance={account.balance} minimum={settings.minimumRedemption} />
          )}
          {account.redemptions.length > 0 && (
            <>
              <h3>Riwayat penukaran</h3>
              <ul className={styles.redemptions}>
                {account.redemptions.map((r) => (
                  <li key={r.id}>
                    <strong>{formatPoints(r.points)}</strong> · {METHOD_LABELS[r.method]} ·{" "}
                    {r.accountMasked}
                    <br />
                    <span className={styles[`status${r.status}`]}>{STATUS_LABELS[r.status]}</span>
                    <span className="muted small">
                      {" "}
                      · diajukan {formatWib(new Date(r.createdAt))}
                    </span>
                    {r.decisionReason && (
                      <span className="small"> · Catatan: {r.decisionReason}</span>
                    )}
                    {r.paidReference && <span className="small"> · Ref. {r.paidReference}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <section aria-labelledby="ledger">
          <h2 id="ledger" className="block-title">
            Buku poin
          </h2>
          {account.entries.length === 0 ? (
            <p className="muted">
              Belum ada poin. Poin masuk otomatis dari pembaca artikel Anda yang terbit.
            </p>
          ) : (
            <table className={styles.ledger}>
              <caption className="visually-hidden">Buku poin, terbaru di atas</caption>
              <thead>
                <tr>
                  <th scope="col">Waktu</th>
                  <th scope="col">Keterangan</th>
                  <th scope="col">Poin</th>
                </tr>
              </thead>
              <tbody>
                {account.entries.map((e) => (
                  <tr key={e.id}>
                    <td className="small">{formatWib(new Date(e.createdAt))}</td>
                    <td>
                      <span className={styles.kind}>{KIND_LABELS[e.kind]}</span> {e.reason}
                    </td>
                    <td className={e.points < 0 ? styles.minus : styles.plus}>
                      {e.points > 0 ? "+" : "−"}
                      {Math.abs(e.points).toLocaleString("id-ID")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}
