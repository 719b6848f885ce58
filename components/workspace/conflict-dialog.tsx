"use client";

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
      <h2 id="conflict-title">Ada versi yang lebih baru</h2>
      <p>
        Artikel ini disimpan {savedBy ? `oleh ${savedBy} ` : ""}pada{" "}
        {formatWib(new Date(theirs.savedAt))} di tempat lain (tab atau perangkat lain, atau editor).
        Pilih versi yang ingin Anda lanjutkan; versi yang tidak dipilih tidak akan disimpan.
      </p>
      <div className="conflict-versions">
        <section aria-labelledby="mine-title">
          <h3 id="mine-title">Versi Anda (belum tersimpan)</h3>
          <p className="conflict-title-line">{mine.title || "(Tanpa judul)"}</p>
          <pre className="conflict-text">{documentText(mine.body)}</pre>
        </section>
        <section aria-labelledby="theirs-title">
          <h3 id="theirs-title">Versi di server</h3>
          <p className="conflict-title-line">{theirs.title || "(Tanpa judul)"}</p>
          <pre className="conflict-text">{documentText(theirs.body)}</pre>
        </section>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onKeepMine}>
          Simpan versi saya
        </button>
        <button type="button" className="button-secondary" onClick={onTakeTheirs}>
          Pakai versi di server
        </button>
      </div>
    </dialog>
  );
}
