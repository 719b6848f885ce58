"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { COMMENT_MAX_LENGTH } from "@/lib/comments/comment-text";
import type { ApiResult } from "./api";

type Props = {
  label: string;
  submitLabel: string;
  initial?: string;
  /** Sends the text; the form keeps it on a refusal and clears it on success. */
  onSubmit: (body: string) => Promise<ApiResult<unknown>>;
  onCancel?: () => void;
  autoFocus?: boolean;
};

/** A comment box that checks length as the reader types and never loses their text. */
export function CommentForm({
  label,
  submitLabel,
  initial = "",
  onSubmit,
  onCancel,
  autoFocus,
}: Props) {
  const t = useTranslations("comments.form");
  const format = useFormatter();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const id = useId();
  const over = text.length > COMMENT_MAX_LENGTH;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError(t("empty"));
    if (over) return setError(t("tooLong", { max: COMMENT_MAX_LENGTH }));
    setPending(true);
    const result = await onSubmit(text);
    setPending(false);
    if (result.ok) {
      setText("");
      setError(null);
    } else setError(result.fieldMessage ?? result.message);
  };

  return (
    <form className="comment-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={initial ? 3 : 4}
        placeholder={t("placeholder")}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}`}
        autoFocus={autoFocus}
      />
      <div className="comment-form-bar">
        <span id={`${id}-count`} className={over ? "comment-count over" : "comment-count"}>
          {format.number(text.length)}/{format.number(COMMENT_MAX_LENGTH)}
        </span>
        <span className="comment-form-buttons">
          {onCancel && (
            <button type="button" className="button-secondary" onClick={onCancel}>
              {t("cancel")}
            </button>
          )}
          <button type="submit" disabled={pending}>
            {pending ? t("sending") : submitLabel}
          </button>
        </span>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="form-message">
          {error}
        </p>
      )}
    </form>
  );
}
