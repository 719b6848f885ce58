"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { EditableArticle } from "@/lib/articles/editable-article";
import { documentText } from "@/lib/articles/render-document";
import { formatWib } from "@/lib/format/dates";
import type { DraftFields } from "./draft-fields";

type Props = {
  mine: DraftFields;
  theirs: EditableArticle;
  savedBy: string | null;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/** Both versions side by side; nothing is overwritten until the writer chooses. */
export function ConflictDialog({ mine, theirs, savedBy, onKeepMine, onTakeTheirs }: Props) {
  const t = useTranslations("studio.conflict");
  const locale = useLocale();
  const date = formatWib(new Date(theirs.savedAt), locale);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="conflict-dialog"
      aria-labelledby="conflict-title"
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id="conflict-title">{t("title")}</h2>
      <p>{savedBy ? t("savedBy", { name: savedBy, date }) : t("saved", { date })}</p>
      <div className="conflict-versions">
        <section aria-labelledby="mine-title">
          <h3 id="mine-title">{t("mine")}</h3>
          <p className="conflict-title-line">{mine.title || t("untitled")}</p>
          <pre className="conflict-text">{documentText(mine.body)}</pre>
        </section>
        <section aria-labelledby="theirs-title">
          <h3 id="theirs-title">{t("theirs")}</h3>
          <p className="conflict-title-line">{theirs.title || t("untitled")}</p>
          <pre className="conflict-text">{documentText(theirs.body)}</pre>
        </section>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onKeepMine}>
          {t("keepMine")}
        </button>
        <button type="button" className="button-secondary" onClick={onTakeTheirs}>
          {t("takeTheirs")}
        </button>
      </div>
    </dialog>
  );
}
