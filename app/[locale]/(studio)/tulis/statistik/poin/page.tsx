import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import styles from "@/components/stats/stats.module.css";
import { pageGate } from "@/lib/auth/page-gate";
import { formatWib } from "@/lib/format/dates";
import { getPointsAccount } from "@/lib/points/get-points-account";
import { RedemptionForm } from "./redemption-form";
import "@/components/account/account.css";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { languageTag } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "studio.points" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function PointsPage({ params }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations("studio.points");
  const formatPoints = (count: number) => t("amount", { count });
  const formatRupiah = (amount: number) => `Rp ${amount.toLocaleString(languageTag[locale])}`;
  const { data: account } = await pageGate("/tulis/statistik/poin", (user) =>
    getPointsAccount(user),
  );
  const { settings } = account;
  const pending = account.redemptions.find((r) => r.status === "PENDING");
  return (
    <div className={styles.page}>
      <div className="studio-heading">
        <h1 className="listing-title">{t("title")}</h1>
        <Link href="/tulis/statistik">{t("back")}</Link>
      </div>
      <p className="muted">
        {t("rules", {
          views: settings.viewsPerPoint,
          rate: formatRupiah(settings.rupiahPerPoint),
          minimum: formatPoints(settings.minimumRedemption),
          minimumRupiah: formatRupiah(settings.minimumRedemption * settings.rupiahPerPoint),
        })}
      </p>
      <dl className={styles.summary}>
        <div>
          <dt>{t("balance")}</dt>
          <dd data-testid="points-balance">{formatPoints(account.balance)}</dd>
        </div>
        <div>
          <dt>{t("balanceValue")}</dt>
          <dd>{formatRupiah(account.balance * settings.rupiahPerPoint)}</dd>
        </div>
        <div>
          <dt>{t("earned")}</dt>
          <dd>{formatPoints(account.earned)}</dd>
        </div>
        <div>
          <dt>{t("reserved")}</dt>
          <dd>{formatPoints(account.reserved)}</dd>
        </div>
      </dl>

      <div className={styles.twoColumns}>
        <section aria-labelledby="redeem">
          <h2 id="redeem" className="block-title">
            {t("redeem")}
          </h2>
          {pending ? (
            <p role="status">
              {t("pending", {
                points: formatPoints(pending.points),
                account: pending.accountMasked,
              })}
            </p>
          ) : account.balance < settings.minimumRedemption ? (
            <p>
              {t("belowMinimum", {
                minimum: formatPoints(settings.minimumRedemption),
                missing: formatPoints(settings.minimumRedemption - account.balance),
              })}
            </p>
          ) : (
            <RedemptionForm balance={account.balance} minimum={settings.minimumRedemption} />
          )}
          {account.redemptions.length > 0 && (
            <>
              <h3>{t("history")}</h3>
              <ul className={styles.redemptions}>
                {account.redemptions.map((r) => (
                  <li key={r.id}>
                    <strong>{formatPoints(r.points)}</strong> · {t(`method.${r.method}`)} ·{" "}
                    {r.accountMasked}
                    <br />
                    <span className={styles[`status${r.status}`]}>{t(`status.${r.status}`)}</span>
                    <span className="muted small">
                      {" "}
                      · {t("requested", { date: formatWib(new Date(r.createdAt), locale) })}
                    </span>
                    {r.decisionReason && (
                      <span className="small"> · {t("note", { note: r.decisionReason })}</span>
                    )}
                    {r.paidReference && (
                      <span className="small">
                        {" "}
                        · {t("reference", { reference: r.paidReference })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <section aria-labelledby="ledger">
          <h2 id="ledger" className="block-title">
            {t("ledger")}
          </h2>
          {account.entries.length === 0 ? (
            <p className="muted">{t("noEntries")}</p>
          ) : (
            <table className={styles.ledger}>
              <caption className="visually-hidden">{t("ledgerCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("time")}</th>
                  <th scope="col">{t("description")}</th>
                  <th scope="col">{t("pointsColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {account.entries.map((e) => (
                  <tr key={e.id}>
                    <td className="small">{formatWib(new Date(e.createdAt), locale)}</td>
                    <td>
                      <span className={styles.kind}>{t(`kind.${e.kind}`)}</span> {e.reason}
                    </td>
                    <td className={e.points < 0 ? styles.minus : styles.plus}>
                      {e.points > 0 ? "+" : "−"}
                      {Math.abs(e.points).toLocaleString(languageTag[locale])}
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
