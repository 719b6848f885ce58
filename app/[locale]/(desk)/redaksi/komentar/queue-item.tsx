import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import { useLocale, useTranslations } from "next-intl";
import type { QueueItem } from "@/lib/comments/list-moderation-queue";
import { COMMENT_REPORT_REASONS, type CommentReportReason } from "@/lib/comments/report-reasons";
import { formatWib } from "@/lib/format/dates";
import { DecisionForm } from "./decision-status";
import { approveCommentAction, banCommenterAction, removeCommentAction } from "./actions";

type Translate = ReturnType<typeof useTranslations<"moderation.item">>;

const HELD_REASONS = ["FIRST_COMMENTS", "LINKS", "WORDS"] as const;
const heldKey = (reason: string | null) =>
  HELD_REASONS.find((known) => known === reason) ?? "other";
const isCommentReason = (reason: string): reason is CommentReportReason =>
  reason in COMMENT_REPORT_REASONS;

function flagsOf(item: QueueItem, t: Translate): string[] {
  const flags: string[] = [];
  if (item.status === "HELD") flags.push(t(`held.${heldKey(item.heldReason)}`));
  if (item.status === "HIDDEN")
    flags.push(item.hiddenById ? t("hiddenByWriter") : t("hiddenByReports"));
  if (item.reportCount > 0) flags.push(t("reports", { count: item.reportCount }));
  if (item.author.banned) flags.push(t("authorBanned"));
  return flags;
}

/** One comment waiting for a decision, with its reports and the three decisions. */
export function QueueEntry({ item }: { item: QueueItem }) {
  const t = useTranslations("moderation.item");
  const reasons = useTranslations("comments.reasons");
  const locale = useLocale();
  const name = item.author.displayName;
  return (
    <li className="queue-item">
      <h2 id={`komentar-${item.id}`}>
        {name} <span className="muted small">@{item.author.username}</span>
      </h2>
      <p className="small muted">
        {t.rich(item.parentId ? "reply" : "comment", {
          title: item.article.title,
          link: (chunks) => <Link href={`${item.article.path}#komentar`}>{chunks}</Link>,
        })}{" "}
        · {formatWib(item.createdAt, locale)}
        {item.editedAt && ` · ${t("edited")}`}
      </p>
      <ul className="queue-flags" aria-label={t("flagsLabel")}>
        {flagsOf(item, t).map((flag) => (
          <li key={flag}>{flag}</li>
        ))}
      </ul>
      <p className="queue-body">{item.body}</p>
      {item.reports.length > 0 && (
        <ul className="small" aria-label={t("reasonsLabel")}>
          {item.reports.map((report, index) => (
            <li key={index}>
              {isCommentReason(report.reason) ? reasons(report.reason) : report.reason}
              {report.note && <>: “{report.note}”</>}
            </li>
          ))}
        </ul>
      )}
      <div className="queue-actions">
        <DecisionForm action={approveCommentAction} label={t("approveLabel", { name })}>
          <input type="hidden" name="commentId" value={item.id} />
          <button type="submit">{t("approve")}</button>
        </DecisionForm>
        <details className="desk-details">
          <summary>{t("removeOpen")}</summary>
          <DecisionForm
            action={removeCommentAction}
            label={t("removeLabel", { name })}
            fieldLabels={{ reason: t("reasonField") }}
          >
            <input type="hidden" name="commentId" value={item.id} />
            <label className="queue-field">
              {t("removeReason")}
              <input type="text" name="reason" required minLength={5} maxLength={300} />
            </label>
            <button type="submit">{t("remove")}</button>
          </DecisionForm>
        </details>
        {!item.author.banned && (
          <details className="desk-details">
            <summary>{t("banOpen", { name })}</summary>
            <DecisionForm
              action={banCommenterAction}
              label={t("banLabel", { name })}
              fieldLabels={{ reason: t("reasonField"), days: t("daysField") }}
            >
              <input type="hidden" name="userId" value={item.author.id} />
              <label className="queue-field">
                {t("days")}
                <select name="days" defaultValue="7">
                  <option value="1">{t("oneDay")}</option>
                  <option value="7">{t("sevenDays")}</option>
                  <option value="30">{t("thirtyDays")}</option>
                  <option value="permanent">{t("permanent")}</option>
                </select>
              </label>
              <label className="queue-field">
                {t("banReason")}
                <input type="text" name="reason" required minLength={5} maxLength={300} />
              </label>
              <button type="submit">{t("ban")}</button>
            </DecisionForm>
          </details>
        )}
      </div>
    </li>
  );
}
