"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { submitUpdateAction } from "./actions";

type Kind = "UPDATE" | "MINOR";

const KINDS: Kind[] = ["UPDATE", "MINOR"];

type Props = {
  articleId: string;
  flush: () => Promise<boolean>;
  initialKind: Kind;
  initialNote: string;
};

/**
 * The writer's way out of updating their live article: save everything, then send it to the desk
 * with the public note they propose. The desk may still change the note before publishing.
 */
export function ProposeUpdatePanel({ articleId, flush, initialKind, initialNote }: Props) {
  const t = useTranslations("studio.update");
  const router = useRouter();
  const [kind, setKind] = useState<Kind>(initialKind);
  const [note, setNote] = useState(initialNote);
  const [error, setError] = useState<{ message: string; note?: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const send = () =>
    startTransition(async () => {
      setError(null);
      if (!(await flush())) {
        setError({ message: t("unsaved") });
        return;
      }
      const result = await submitUpdateAction({ articleId, kind, note });
      if (result.status === "success") router.refresh();
      else setError({ message: result.message ?? "", note: result.fieldErrors?.note?.join(" ") });
    });
  return (
    <section className="propose-update" aria-labelledby="propose-update-title">
      <h2 id="propose-update-title" className="block-title">
        {t("proposeTitle")}
      </h2>
      <p className="muted small">{t("proposeIntro")}</p>
      <fieldset>
        <legend>{t("kindLegend")}</legend>
        {KINDS.map((k) => (
          <label key={k} className="propose-update-kind">
            <input
              type="radio"
              name="proposed-kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />{" "}
            <strong>{t(`kinds.${k}`)}</strong> <small>{t(`kindHints.${k}`)}</small>
          </label>
        ))}
      </fieldset>
      {kind === "UPDATE" && (
        <div className="field">
          <label htmlFor="proposed-note">{t("note")}</label>
          <textarea
            id="proposed-note"
            rows={3}
            value={note}
            maxLength={1000}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={error?.note ? true : undefined}
            aria-describedby={error?.note ? "proposed-note-error" : undefined}
          />
          {error?.note && (
            <p id="proposed-note-error" className="field-error">
              {error.note}
            </p>
          )}
        </div>
      )}
      <button type="button" onClick={send} disabled={pending}>
        {pending ? t("sending") : t("send")}
      </button>
      {error && (
        <p role="alert" className="form-message">
          {error.message}
        </p>
      )}
    </section>
  );
}
