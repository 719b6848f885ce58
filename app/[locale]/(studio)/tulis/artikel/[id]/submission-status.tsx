"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { EditableArticle } from "@/lib/articles/editable-article";
import { withdrawArticleAction } from "../../actions";

type Props = {
  article: EditableArticle;
  queue: { position: number; medianWaitSeconds: number | null } | null;
};

function describeWait(seconds: number | null) {
  if (seconds === null) return "Belum ada data waktu review.";
  const hours = seconds / 3600;
  if (hours < 1) return `Biasanya direview dalam ${Math.max(1, Math.round(seconds / 60))} menit.`;
  if (hours < 48) return `Biasanya direview dalam ${Math.round(hours)} jam.`;
  return `Biasanya direview dalam ${Math.round(hours / 24)} hari.`;
}

/** What a writer sees of an article they cannot edit right now: its place in the queue, or its public life. */
export function SubmissionStatus({ article, queue }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const withdraw = () =>
    startTransition(async () => {
      const result = await withdrawArticleAction({ articleId: article.id });
      if (result.status === "success") router.refresh();
      else setMessage(result.message ?? null);
    });

  return (
    <section className="submission-status" aria-label="Status pengiriman">
      <h1 className="listing-title">{article.title}</h1>
      {queue && (
        <p className="queue-place">
          Urutan antrean review: <strong>ke-{queue.position}</strong>.{" "}
          {describeWait(queue.medianWaitSeconds)}
        </p>
      )}
      {article.status === "SUBMITTED" && !article.claimed && (
        <button type="button" className="button-secondary" onClick={withdraw} disabled={pending}>
          Tarik kembali ke draf
        </button>
      )}
      {article.status === "IN_REVIEW" && <p>Seorang editor sedang mereview artikel ini.</p>}
      {article.publicPath && (
        <p>
          Terbit di <Link href={article.publicPath}>{article.publicPath}</Link> ·{" "}
          {article.viewCount.toLocaleString("id-ID")} pembaca
        </p>
      )}
      {message && (
        <p role="alert" className="form-message">
          {message}
        </p>
      )}
    </section>
  );
}
