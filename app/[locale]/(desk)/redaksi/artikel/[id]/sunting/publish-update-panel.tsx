"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { localizedPath } from "@/lib/i18n/paths";
import styles from "./publish-update-panel.module.css";
import { publishUpdateAction } from "./update-actions";

type Kind = "UPDATE" | "CORRECTION" | "MINOR";

const KINDS: Kind[] = ["UPDATE", "CORRECTION", "MINOR"];

/**
 * The desk's way out of editing a live article: what kind of change it is, the public note, then
 * save everything and publish. Until then readers keep the live version.
 */
export function PublishUpdatePanel({
  articleId,
  flush,
  initialKind = "UPDATE",
  initialNote = "",
}: {
  articleId: string;
  flush: () => Promise<boolean>;
  /** What a Verified Writer proposed, when the update is theirs. */
  initialKind?: Kind;
  initialNote?: string;
}) {
  const t = useTranslations("desk.publishUpdate");
  const tEditing = useTranslations("desk.editing");
  const locale = useLocale();
  const [kind, setKind] = useState<Kind>(initialKind);
  const [note, setNote] = useState(initialNote);
  const [renameSlug, setRenameSlug] = useState(false);
  const [error, setError] = useState<{ message: string; note?: string } | null>(null);
  const [published, setPublished] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const publish = () =>
    startTransition(async () => {
      setError(null);
      if (!(await flush())) {
        setError({ message: tEditing("unsaved") });
        return;
      }
      const result = await publishUpdateAction({ articleId, kind, note, renameSlug });
      if (result.status === "success") {
        setPublished(result.data.path);
        setNote("");
      } else setError({ message: result.message ?? "", note: result.fieldErrors?.note?.join(" ") });
    });
  return (
    <section className={styles.panel} aria-labelledby="publish-update-title">
      <h2 id="publish-update-title" className="block-title">
        {t("heading")}
      </h2>
      <p className="muted small">{t("intro")}</p>
      <fieldset className={styles.kinds}>
        <legend>{t("kind")}</legend>
        {KINDS.map((k) => (
          <label key={k} className={styles.kind}>
            <input
              type="radio"
              name="update-kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />{" "}
            <span>
              <strong>{t(`kinds.${k}`)}</strong>
              <small>{t(`hints.${k}`)}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {kind !== "MINOR" && (
        <div className={styles.note}>
          <label htmlFor="update-note">{t("note")}</label>
          <textarea
            id="update-note"
            rows={3}
            value={note}
            maxLength={1000}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={error?.note ? true : undefined}
            aria-describedby={error?.note ? "update-note-error" : undefined}
          />
          {error?.note && (
            <p id="update-note-error" className="field-error">
              {error.note}
            </p>
          )}
        </div>
      )}
      <label className={styles.kind}>
        <input
          type="checkbox"
          checked={renameSlug}
          onChange={(e) => setRenameSlug(e.target.checked)}
        />{" "}
        {t("renameSlug")}
      </label>
      <button type="button" onClick={publish} disabled={pending}>
        {pending ? t("publishing") : t("publish")}
      </button>
      {error && (
        <p role="alert" className="form-message">
          {error.message}
        </p>
      )}
      {published && (
        <p role="status" className="form-success">
          {t("published")}{" "}
          {/* Not prefetched: the page was just expired, and a prefetch would render it at once,
              competing with the first reader's render. */}
          <Link href={localizedPath(locale, published)} prefetch={false}>
            {t("viewArticle")}
          </Link>
        </p>
      )}
    </section>
  );
}
