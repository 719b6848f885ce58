"use client";

import { useState } from "react";
import { ARTICLE_REPORT_REASONS } from "@/lib/comments/report-reasons";
import { callApi, commentsPath } from "./api";

/** "Laporkan artikel": any reader, signed in or not, tells the desk what is wrong. */
export function ArticleReport({ articleId }: { articleId: string }) {
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
        Terima kasih. Laporan Anda kami terima dan akan ditinjau redaksi.
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
        Laporkan artikel ini
      </button>
      {open && (
        <form onSubmit={submit} aria-label="Laporkan artikel" className="article-report-form">
          <fieldset>
            <legend>Apa masalah artikel ini?</legend>
            {Object.entries(ARTICLE_REPORT_REASONS).map(([value, label]) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="reason"
                  value={value}
                  checked={reason === value}
                  onChange={() => setReason(value)}
                />{" "}
                {label}
              </label>
            ))}
          </fieldset>
          <label className="article-report-note">
            {reason === "FALSE_FACT"
              ? "Fakta mana yang salah, dan apa yang benar?"
              : "Keterangan (tidak wajib)"}
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
              Batal
            </button>
            <button type="submit">Kirim laporan</button>
          </span>
        </form>
      )}
    </div>
  );
}
