"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import type { SimilarArticle } from "@/lib/articles/originality/find-similar-articles";

const WARN_AT = 0.3;
const percent = new Intl.NumberFormat("id-ID", { style: "percent", maximumFractionDigits: 0 });

/**
 * The writer's originality check before submitting: saves first, then compares the saved text with
 * the published archive, as the desk will. Advisory: it never blocks submitting.
 */
export function OriginalityCheck({
  articleId,
  flush,
  checkOriginality,
}: {
  articleId: string;
  flush: () => Promise<boolean>;
  /** The studio's action: the published articles the saved draft resembles. */
  checkOriginality: (articleId: string) => Promise<ActionResult<SimilarArticle[]>>;
}) {
  const [result, setResult] = useState<SimilarArticle[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const check = () =>
    startTransition(async () => {
      setError(null);
      if (!(await flush())) {
        setError("Simpan naskah dulu (lihat pesan di atas), lalu periksa lagi.");
        return;
      }
      const answer = await checkOriginality(articleId);
      if (answer.status === "success") setResult(answer.data);
      else setError(answer.message ?? null);
    });
  return (
    <section className="originality-check" aria-labelledby="originality-check-title">
      <h2 id="originality-check-title" className="block-title">
        Cek orisinalitas
      </h2>
      <p className="muted small">
        Bandingkan naskah Anda dengan arsip Warta sebelum mengirim, seperti yang dilakukan redaksi.
      </p>
      <button type="button" onClick={check} disabled={pending} className="button-secondary">
        {pending ? "Memeriksa…" : result ? "Periksa lagi" : "Periksa orisinalitas"}
      </button>
      <div aria-live="polite">
        {error && <p className="form-message">{error}</p>}
        {result && result.length === 0 && (
          <p className="form-success">
            Tidak ada kemiripan berarti dengan artikel yang sudah terbit.
          </p>
        )}
        {result && result.length > 0 && (
          <ol className="originality-matches">
            {result.map((match) => (
              <li key={match.id} className={match.overlap > WARN_AT ? "notice-box" : undefined}>
                <p>
                  <a href={match.href} target="_blank" rel="noopener">
                    {match.title}
                  </a>{" "}
                  — <strong>{percent.format(match.overlap)} sama</strong>
                  {match.overlap > WARN_AT && (
                    <>
                      {" "}
                      · Tulis ulang dengan kata-kata Anda sendiri atau kutip dengan menyebut
                      sumbernya.
                    </>
                  )}
                </p>
                {match.passage && <blockquote className="small">“{match.passage}”</blockquote>}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
