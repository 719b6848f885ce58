"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import styles from "./publish-update-panel.module.css";
import { publishUpdateAction } from "./update-actions";

type Kind = "UPDATE" | "CORRECTION" | "MINOR";

const KINDS: { value: Kind; label: string; hint: string }[] = [
  { value: "UPDATE", label: "Pembaruan", hint: "Informasi baru; catatan tampil untuk pembaca." },
  {
    value: "CORRECTION",
    label: "Ralat",
    hint: "Memperbaiki kesalahan; tercatat di halaman Ralat.",
  },
  { value: "MINOR", label: "Perbaikan kecil", hint: "Salah ketik, ejaan; tanpa catatan publik." },
];

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
        setError({ message: "Perubahan belum tersimpan. Periksa pesan di atas lalu coba lagi." });
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
        Terbitkan pembaruan
      </h2>
      <p className="muted small">
        Pembaca tetap melihat versi yang terbit sampai pembaruan ini diterbitkan.
      </p>
      <fieldset className={styles.kinds}>
        <legend>Jenis perubahan</legend>
        {KINDS.map((k) => (
          <label key={k.value} className={styles.kind}>
            <input
              type="radio"
              name="update-kind"
              value={k.value}
              checked={kind === k.value}
              onChange={() => setKind(k.value)}
            />{" "}
            <span>
              <strong>{k.label}</strong>
              <small>{k.hint}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {kind !== "MINOR" && (
        <div className={styles.note}>
          <label htmlFor="update-note">Catatan untuk pembaca</label>
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
        Ubah alamat mengikuti judul baru (alamat lama dialihkan)
      </label>
      <button type="button" onClick={publish} disabled={pending}>
        {pending ? "Menerbitkan…" : "Terbitkan pembaruan"}
      </button>
      {error && (
        <p role="alert" className="form-message">
          {error.message}
        </p>
      )}
      {published && (
        <p role="status" className="form-success">
          Pembaruan terbit.{" "}
          {/* Not prefetched: the page was just expired, and a prefetch would render it at once,
              competing with the first reader's render. */}
          <Link href={published} prefetch={false}>
            Lihat artikel
          </Link>
        </p>
      )}
    </section>
  );
}
