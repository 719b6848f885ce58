"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import type { EditableArticle } from "@/lib/articles/editable-article";
import { withdrawArticleAction } from "../../actions";

type Props = {
  article: EditableArticle;
  queue: { position: number; medianWaitSeconds: number | null } | null;
};

type Translate = ReturnType<typeof useTranslations<"studio.submission">>;

function describeWait(seconds: number | null, t: Translate) {
  if (seconds === null) return t("noWaitData");
  const hours = seconds / 3600;
  if (hours < 1) return t("waitMinutes", { count: Math.max(1, Math.round(seconds / 60)) });
  if (hours < 48) return t("waitHours", { count: Math.round(hours) });
  return t("waitDays", { count: Math.round(hours / 24) });
}

/** What a writer sees of an article they cannot edit right now: its place in the queue, or its public life. */
export function SubmissionStatus({ article, queue }: Props) {
  const t = useTranslations("studio.submission");
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
    <section className="submission-status" aria-label={t("label")}>
      <h1 className="listing-title">{article.title}</h1>
      {queue && (
        <p className="queue-place">
          {t.rich("queue", {
            position: queue.position,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}{" "}
          {describeWait(queue.medianWaitSeconds, t)}
        </p>
      )}
      {article.status === "SUBMITTED" && !article.claimed && (
        <button type="button" className="button-secondary" onClick={withdraw} disabled={pending}>
          {t("withdraw")}
        </button>
      )}
      {article.status === "IN_REVIEW" && <p>{t("inReview")}</p>}
      {article.publicPath && (
        <p>
          {t.rich("published", {
            path: article.publicPath,
            count: article.viewCount,
            link: (chunks) => <Link href={article.publicPath ?? ""}>{chunks}</Link>,
          })}
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
