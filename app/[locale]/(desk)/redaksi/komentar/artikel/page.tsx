import type { Metadata } from "next";
import Link from "next/link";
import { pageGate } from "@/lib/auth/page-gate";
import { ARTICLE_REPORT_REASONS } from "@/lib/comments/report-reasons";
import { formatWib } from "@/lib/format/dates";
import { listArticleReports, type ArticleReportRow } from "@/lib/reports/list-article-reports";
import { DecisionForm, DecisionStatus } from "../decision-status";
import { resolveArticleReportAction } from "../actions";
import { ModerationTabs } from "../moderation-tabs";
import "../../penulis/desk-people.css";
import "../moderation.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Laporan artikel" };

function Report({ report }: { report: ArticleReportRow }) {
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
        {ARTICLE_REPORT_REASONS[report.reason as keyof typeof ARTICLE_REPORT_REASONS]} · dari{" "}
        {report.reporter
          ? `${report.reporter.displayName} (@${report.reporter.username})`
          : "pembaca anonim"}{" "}
        · {formatWib(report.createdAt)}
      </p>
      {report.note && <p className="queue-body">{report.note}</p>}
      <DecisionForm
        action={resolveArticleReportAction}
        label={`Putuskan laporan tentang ${title}`}
        fieldLabels={{ note: "Catatan", resolution: "Keputusan" }}
      >
        <input type="hidden" name="reportId" value={report.id} />
        <fieldset className="action-form-fields">
          <legend className="queue-field">Keputusan</legend>
          <label>
            <input type="radio" name="resolution" value="NO_ACTION" defaultChecked /> Tidak ada
            tindakan
          </label>
          <label>
            <input type="radio" name="resolution" value="CORRECTED" /> Ralat artikel (catatan
            menjadi teks ralat)
          </label>
          <label>
            <input type="radio" name="resolution" value="UNPUBLISHED" /> Tarik artikel (catatan
            menjadi alasan penarikan)
          </label>
        </fieldset>
        <label className="queue-field">
          Catatan
          <input type="text" name="note" maxLength={1000} />
        </label>
        <button type="submit">Putuskan</button>
      </DecisionForm>
    </li>
  );
}

export default async function ArticleReportsPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  await enterLocale(params);
  const { data } = await pageGate("/redaksi/komentar/artikel", (user) => listArticleReports(user));
  return (
    <div className="people-page">
      <div className="desk-heading">
        <h1 className="listing-title">Moderasi</h1>
        <p className="muted">{data.length.toLocaleString("id-ID")} laporan artikel terbuka</p>
      </div>
      <ModerationTabs current="artikel" />
      <DecisionStatus>
        {data.length === 0 ? (
          <p>Tidak ada laporan artikel yang terbuka.</p>
        ) : (
          <ol className="queue-list" aria-label="Laporan artikel">
            {data.map((report) => (
              <Report key={report.id} report={report} />
            ))}
          </ol>
        )}
      </DecisionStatus>
    </div>
  );
}
