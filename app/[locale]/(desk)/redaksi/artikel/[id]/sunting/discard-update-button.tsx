"use client";

import { useState, useTransition } from "react";
import type { EditableArticle } from "@/lib/articles/editable-article";
import { discardUpdateAction } from "./discard-update-action";

/**
 * "Buang pembaruan": drops the unpublished update (saved or still being typed) after a
 * confirmation; readers never saw it. The editor then starts again from the live version.
 */
export function DiscardUpdateButton({
  articleId,
  onDiscarded,
}: {
  articleId: string;
  onDiscarded: (live: EditableArticle) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const discard = () =>
    startTransition(async () => {
      setError(null);
      const result = await discardUpdateAction({ articleId });
      if (result.status === "success") onDiscarded(result.data);
      else setError(result.message ?? "Pembaruan gagal dibuang. Coba lagi.");
    });

  if (!confirming)
    return (
      <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
        Buang pembaruan
      </button>
    );
  return (
    <div role="group" aria-labelledby="discard-update-question">
      <p id="discard-update-question">
        Buang semua perubahan yang belum terbit? Naskah kembali ke versi yang sedang dibaca pembaca.
        Ini tidak dapat dibatalkan.
      </p>
      <button type="button" onClick={discard} disabled={pending}>
        {pending ? "Membuang…" : "Ya, buang pembaruan"}
      </button>{" "}
      <button
        type="button"
        className="button-secondary"
        onClick={() => setConfirming(false)}
        disabled={pending}
      >
        Batal
      </button>
      {error && (
        <p role="alert" className="form-message">
          {error}
        </p>
      )}
    </div>
  );
}
