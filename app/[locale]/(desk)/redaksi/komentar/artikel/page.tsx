import type { Metadata } from "next";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import { useLocale, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { pageGate } from "@/lib/auth/page-gate";
import { ARTICLE_REPORT_REASONS, type ArticleReportReason } from "@/lib/comments/report-reasons";
import { formatWib } from "@/lib/format/dates";
import { listArticleReports, type ArticleReportRow } from "@/lib/reports/list-article-reports";
import { DecisionForm, DecisionStatus } from "../decision-status";
import { resolveArticleReportAction } from "../actions";
import { ModerationTabs } from "../moderation-tabs";
import "../../penulis/desk-people.css";
import "../moderation.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "moderation.reports" });
  return { title: t("metaTitle") };
}

const isArticleReason = (reason: string): reason is ArticleReportReason =>
  reason in ARTICLE_REPORT_REASONS;

function Report({ report }: { report: ArticleReportRow }) {
  const t = useTranslations("moderation.reports");
  const reasons = useTranslations("comments.reasons");
  const locale = useLocale();
  const title = report.article.title;
  return (
    <li className="queue-item">
      <h2>
        {report.article.status === "PUBLISHED" ? (
          <Link href={report.article.path}>{title}</Link>
        ) : (
          title
        )}
      </h2>
      <p className="small muted">
        {isArticleReason(report.reason) ? reasons(report.reason) : report.reason} ·{" "}
        {report.reporter
          ? t("fromReader", {
              name: report.reporter.displayName,
              username: report.reporter.username,
            })
          : t("fromAnonymous")}{" "}
        · {formatWib(report.createdAt, locale)}
      </p>
      {report.note && <p className="queue-body">{report.note}</p>}
      <DecisionForm
        action={resolveArticleReportAction}
        label={t("decideLabel", { title })}
        fieldLabels={{ note: t("noteField"), resolution: t("decisionField") }}
      >
        <input type="hidden" name="reportId" value={report.id} />
        <fieldset className="action-form-fields">
          <legend className="queue-field">{t("decisionField")}</legend>
          <label>
            <input type="radio" name="resolution" value="NO_ACTION" defaultChecked />{" "}
            {t("noAction")}
          </label>
          <label>
            <input type="radio" name="resolution" value="CORRECTED" /> {t("corrected")}
          </label>
          <label>
            <input type="radio" name="resolution" value="UNPUBLISHED" /> {t("unpublished")}
          </label>
        </fieldset>
        <label className="queue-field">
          {t("noteField")}
          <input type="text" name="note" maxLength={1000} />
        </label>
        <button type="submit">{t("decide")}</button>
      </DecisionForm>
    </li>
  );
}

export default async function ArticleReportsPage({ params }: Props) {
  await enterLocale(params);
  const t = await getTranslations("moderation");
  const { data } = await pageGate("/redaksi/komentar/artikel", (user) => listArticleReports(user));
  return (
    <div className="people-page">
      <div className="desk-heading">
        <h1 className="listing-title">{t("heading")}</h1>
        <p className="muted">{t("reports.open", { count: data.length })}</p>
      </div>
      <ModerationTabs current="artikel" />
      <DecisionStatus>
        {data.length === 0 ? (
          <p>{t("reports.empty")}</p>
        ) : (
          <ol className="queue-list" aria-label={t("reports.listLabel")}>
            {data.map((report) => (
              <Report key={report.id} report={report} />
            ))}
          </ol>
        )}
      </DecisionStatus>
    </div>
  );
}
