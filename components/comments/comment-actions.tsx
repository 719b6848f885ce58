"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { COMMENT_REPORT_REASONS, type CommentReportReason } from "@/lib/comments/report-reasons";
import { commentsPath, useCallApi } from "./api";

const REASONS = Object.keys(COMMENT_REPORT_REASONS) as CommentReportReason[];

type Props = {
  articleId: string;
  commentId: string;
  authorName: string;
  mayReport: boolean;
  mayHide: boolean;
  onChanged: () => void;
};

/** Report and hide: the actions a reader or the article's writer takes on someone else's comment. */
export function CommentModerationActions({
  articleId,
  commentId,
  authorName,
  mayReport,
  mayHide,
  onChanged,
}: Props) {
  const t = useTranslations("comments");
  const callApi = useCallApi();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);

  const report = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await callApi<{ hidden: boolean }>(
      commentsPath(articleId, commentId, "report"),
      {
        body: { reason: form.get("reason"), note: form.get("note") || undefined },
      },
    );
    if (!result.ok)
      return setMessage({ kind: "error", text: result.fieldMessage ?? result.message });
    setOpen(false);
    setMessage({ kind: "ok", text: t("report.thanks") });
    if (result.data.hidden) onChanged();
  };

  const hide = async () => {
    if (!window.confirm(t("report.confirmHide", { name: authorName }))) return;
    const result = await callApi(commentsPath(articleId, commentId, "hide"));
    if (!result.ok) return setMessage({ kind: "error", text: result.message });
    onChanged();
  };

  return (
    <>
      {mayReport && !message && (
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {t("report.open")}
        </button>
      )}
      {mayHide && (
        <button type="button" className="link-button" onClick={hide}>
          {t("report.hide")}
        </button>
      )}
      {open && (
        <form
          className="comment-report"
          onSubmit={report}
          aria-label={t("report.formLabel", { name: authorName })}
        >
          <fieldset>
            <legend>{t("report.legend")}</legend>
            {REASONS.map((value, index) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="reason"
                  value={value}
                  required
                  defaultChecked={index === 0}
                />{" "}
                {t(`reasons.${value}`)}
              </label>
            ))}
          </fieldset>
          <label className="comment-report-note">
            {t("report.note")}
            <input type="text" name="note" maxLength={500} />
          </label>
          <span className="comment-form-buttons">
            <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
              {t("report.cancel")}
            </button>
            <button type="submit">{t("report.send")}</button>
          </span>
        </form>
      )}
      {message && (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          className={`comment-note ${message.kind}`}
        >
          {message.text}
        </p>
      )}
    </>
  );
}
