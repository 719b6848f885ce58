import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/can";
import { formatWib } from "@/lib/format/dates";
import { listRedemptions, type DeskRedemption } from "@/lib/points/list-redemptions";
import { pageGate } from "@/lib/auth/page-gate";
import { BonusForm } from "./bonus-form";
import { DecisionForm } from "./decision-form";
import "@/components/account/account.css";
import "./points-desk.css";
import { enterLocale } from "@/lib/i18n/enter-locale";
import type { Locale } from "@/lib/i18n/locales";

type Params = { params: Promise<{ locale: string }> };
type T = Awaited<ReturnType<typeof getTranslations<"desk.points">>>;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "desk.points" });
  return { title: t("title") };
}

type RowProps = { r: DeskRedemption; canManage: boolean; locale: Locale; t: T };

function Row({ r, canManage, locale, t }: RowProps) {
  const points = (count: number) => t("count", { count });
  return (
    <li className="redemption-row" aria-label={t("rowLabel", { name: r.user.displayName })}>
      <div>
        <p className="redemption-who">
          <strong>{r.user.displayName}</strong> <span className="muted">@{r.user.username}</span>
        </p>
        <p className="redemption-what">
          <strong>{points(r.points)}</strong> · {t(`methods.${r.method}`)} · {r.accountMasked}
        </p>
        <p className="muted small">
          {t("requested", { date: formatWib(new Date(r.createdAt), locale) })} ·{" "}
          {t("balance", { points: points(r.balance) })} ·{" "}
          <span className={`pill pill-${r.status.toLowerCase()}`}>{t(`status.${r.status}`)}</span>
          {r.decisionReason && <> · {t("note", { reason: r.decisionReason })}</>}
          {r.paidReference && <> · {t("reference", { reference: r.paidReference })}</>}
        </p>
      </div>
      {canManage && (r.status === "PENDING" || r.status === "APPROVED") && (
        <DecisionForm id={r.id} status={r.status} />
      )}
    </li>
  );
}

export default async function DeskPointsPage({ params }: Params) {
  const locale = await enterLocale(params);
  const t = await getTranslations("desk.points");
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
        <h1 className="listing-title">{t("title")}</h1>
        {canManage && <Link href="/redaksi/poin/pengaturan">{t("settingsLink")}</Link>}
      </div>
      {!canManage && <p className="muted">{t("adminsOnly")}</p>}
      <div className="points-desk">
        <section aria-labelledby="open-heading">
          <h2 id="open-heading" className="block-title">
            {t("open")} <span className="count">({open.length})</span>
          </h2>
          {open.length === 0 ? (
            <p className="muted">{t("noneOpen")}</p>
          ) : (
            <ul className="redemption-list">
              {open.map((r) => (
                <Row key={r.id} r={r} canManage={canManage} locale={locale} t={t} />
              ))}
            </ul>
          )}
          <h2 className="block-title">{t("done")}</h2>
          {done.length === 0 ? (
            <p className="muted">{t("noneDone")}</p>
          ) : (
            <ul className="redemption-list">
              {done.map((r) => (
                <Row key={r.id} r={r} canManage={false} locale={locale} t={t} />
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="bonus-heading" className="bonus-box">
          <h2 id="bonus-heading" className="block-title">
            {t("bonusHeading")}
          </h2>
          <BonusForm />
        </section>
      </div>
    </div>
  );
}
