"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { submitUpdateAction } from "./actions";

type Kind = "UPDATE" | "MINOR";

const KINDS: { value: Kind; label: string; hint: string }[] = [
  { value: "UPDATE", label: "Pembaruan", hint: "Informasi baru; catatan tampil untuk pembaca." },
  { value: "MINOR", label: "Perubahan kecil", hint: "Salah ketik, ejaan; tanpa catatan publik." },
];

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
  const router = useRouter();
  const [kind, setKind] = useState<Kind>(initialKind);
  const [note, setNote] = useState(initialNote);
  const [error, setError] = useState<{ message: string; note?: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const send = () =>
    startTransition(async () => {
      setError(null);
      if (!(await flush())) {
        setError({ message: "Perubahan belum tersimpan. Periksa pesan di atas lalu coba lagi." });
        return;
      }
      const result = await submitUpdateAction({ articleId, kind, note });
      if (result.status === "success") router.refresh();
      else setError({ message: result.message ?? "", note: result.fieldErrors?.note?.join(" ") });
    });
  return (
    <section className="propose-update" aria-labelledby="propose-update-title">
      <h2 id="propose-update-title" className="block-title">
        Kirim pembaruan
      </h2>
      <p className="muted small">
        Pembaca tetap melihat versi yang terbit sampai redaksi menerbitkan pembaruan Anda.
      </p>
      <fieldset>
        <legend>Jenis perubahan</legend>
        {KINDS.map((k) => (
          <label key={k.value} className="propose-update-kind">
            <input
              type="radio"
              name="proposed-kind"
              value={k.value}
              checked={kind === k.value}
              onChange={() => setKind(k.value)}
            />{" "}
            <strong>{k.label}</strong> <small>{k.hint}</small>
          </label>
        ))}
      </fieldset>
      {kind === "UPDATE" && (
        <div className="field">
          <label htmlFor="proposed-note">Catatan pembaruan untuk pembaca</label>
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
        {pending ? "Mengirim…" : "Kirim pembaruan ke redaksi"}
      </button>
      {error && (
        <p role="alert" className="form-message">
          {error.message}
        </p>
      )}
    </section>
  );
}
