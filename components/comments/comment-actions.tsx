"use client";

import { useState } from "react";
import { COMMENT_REPORT_REASONS } from "@/lib/comments/report-reasons";
import { callApi, commentsPath } from "./api";

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
    setMessage({ kind: "ok", text: "Terima kasih, laporan Anda kami terima." });
    if (result.data.hidden) onChanged();
  };

  const hide = async () => {
    if (!window.confirm(`Sembunyikan komentar ${authorName}? Redaksi akan meninjaunya.`)) return;
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
          Laporkan
        </button>
      )}
      {mayHide && (
        <button type="button" className="link-button" onClick={hide}>
          Sembunyikan
        </button>
      )}
      {open && (
        <form
          className="comment-report"
          onSubmit={report}
          aria-label={`Laporkan komentar ${authorName}`}
        >
          <fieldset>
            <legend>Mengapa komentar ini perlu ditinjau?</legend>
            {Object.entries(COMMENT_REPORT_REASONS).map(([value, label], index) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="reason"
                  value={value}
                  required
                  defaultChecked={index === 0}
                />{" "}
                {label}
              </label>
            ))}
          </fieldset>
          <label className="comment-report-note">
            Keterangan (tidak wajib)
            <input type="text" name="note" maxLength={500} />
          </label>
          <span className="comment-form-buttons">
            <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
              Batal
            </button>
            <button type="submit">Kirim laporan</button>
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
