"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ARTICLE_REPORT_REASONS, type ArticleReportReason } from "@/lib/comments/report-reasons";
import { commentsPath, useCallApi } from "./api";

const REASONS = Object.keys(ARTICLE_REPORT_REASONS) as ArticleReportReason[];

/** "Laporkan artikel": any reader, signed in or not, tells the desk what is wrong. */
export function ArticleReport({ articleId }: { articleId: string }) {
  const t = useTranslations("comments");
  const callApi = useCallApi();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("FALSE_FACT");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await callApi(commentsPath(articleId, "report"), { body: { reason, note } });
    if (!result.ok) return setError(result.fieldMessage ?? result.message);
    setSent(true);
    setOpen(false);
  };

  if (sent)
    return (
      <p className="article-report-sent" role="status">
        {t("articleReport.sent")}
      </p>
    );
  return (
    <div className="article-report">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t("articleReport.open")}
      </button>
      {open && (
        <form
          onSubmit={submit}
          aria-label={t("articleReport.formLabel")}
          className="article-report-form"
        >
          <fieldset>
            <legend>{t("articleReport.legend")}</legend>
            {REASONS.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="reason"
                  value={value}
                  checked={reason === value}
                  onChange={() => setReason(value)}
                />{" "}
                {t(`reasons.${value}`)}
              </label>
            ))}
          </fieldset>
          <label className="article-report-note">
            {reason === "FALSE_FACT" ? t("articleReport.falseFactNote") : t("articleReport.note")}
            <textarea
              value={note}
              onChange={(event) => setNote(event.target.value)}
              rows={3}
              maxLength={2000}
            />
          </label>
          {error && (
            <p role="alert" className="form-message">
              {error}
            </p>
          )}
          <span className="comment-form-buttons">
            <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
              {t("articleReport.cancel")}
            </button>
            <button type="submit">{t("articleReport.send")}</button>
          </span>
        </form>
      )}
    </div>
  );
}
