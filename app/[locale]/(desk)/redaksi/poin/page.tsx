import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/can";
import { formatWib } from "@/lib/format/dates";
import { METHOD_LABELS } from "@/lib/points/account-details";
import { formatPoints } from "@/lib/points/format-points";
import { listRedemptions, type DeskRedemption } from "@/lib/points/list-redemptions";
import { pageGate } from "@/lib/auth/page-gate";
import { BonusForm } from "./bonus-form";
import { DecisionForm } from "./decision-form";
import "@/components/account/account.css";
import "./points-desk.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Poin & Penukaran" };

const STATUS_LABELS = {
  PENDING: "Menunggu",
  APPROVED: "Disetujui, belum dibayar",
  REJECTED: "Ditolak",
  PAID: "Dibayar",
} as const;

function Row({ r, canManage }: { r: DeskRedemption; canManage: boolean }) {
  return (
    <li className="redemption-row" aria-label={`Penukaran ${r.user.displayName}`}>
      <div>
        <p className="redemption-who">
          <strong>{r.user.displayName}</strong> <span className="muted">@{r.user.username}</span>
        </p>
        <p className="redemption-what">
          <strong>{formatPoints(r.points)}</strong> · {METHOD_LABELS[r.method]} · {r.accountMasked}
        </p>
        <p className="muted small">
          Diajukan {formatWib(new Date(r.createdAt))} · saldo kini {formatPoints(r.balance)} ·{" "}
          <span className={`pill pill-${r.status.toLowerCase()}`}>{STATUS_LABELS[r.status]}</span>
          {r.decisionReason && <> · Catatan: {r.decisionReason}</>}
          {r.paidReference && <> · Ref. {r.paidReference}</>}
        </p>
      </div>
      {canManage && (r.status === "PENDING" || r.status === "APPROVED") && (
        <DecisionForm id={r.id} status={r.status} />
      )}
    </li>
  );
}

export default async function DeskPointsPage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  const gate = await pageGate("/redaksi/poin", async (user) => ({
    open: [
      ...(await listRedemptions(user, "PENDING")),
      ...(await listRedemptions(user, "APPROVED")),
    ],
    done: (await listRedemptions(user))
      .filter((r) => r.status === "REJECTED" || r.status === "PAID")
      .slice(0, 30),
    canManage: can(user, "points:manage", undefined),
  }));
  const { open, done, canManage } = gate.data;
  return (
    <div className="desk-page">
      <div className="desk-heading">
        <h1 className="listing-title">Poin & Penukaran</h1>
        {canManage && <Link href="/redaksi/poin/pengaturan">Pengaturan poin</Link>}
      </div>
      {!canManage && <p className="muted">Hanya admin yang dapat memutuskan penukaran.</p>}
      <div className="points-desk">
        <section aria-labelledby="open-heading">
          <h2 id="open-heading" className="block-title">
            Perlu tindakan <span className="count">({open.length})</span>
          </h2>
          {open.length === 0 ? (
            <p className="muted">Tidak ada permintaan yang menunggu.</p>
          ) : (
            <ul className="redemption-list">
              {open.map((r) => (
                <Row key={r.id} r={r} canManage={canManage} />
              ))}
            </ul>
          )}
          <h2 className="block-title">Selesai</h2>
          {done.length === 0 ? (
            <p className="muted">Belum ada.</p>
          ) : (
            <ul className="redemption-list">
              {done.map((r) => (
                <Row key={r.id} r={r} canManage={false} />
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="bonus-heading" className="bonus-box">
          <h2 id="bonus-heading" className="block-title">
            Bonus untuk penulis
          </h2>
          <BonusForm />
        </section>
      </div>
    </div>
  );
}
