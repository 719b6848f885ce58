"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { localizedPath } from "@/lib/i18n/paths";
import { languageTag } from "@/lib/i18n/locales";
import type { ActionResult } from "@/lib/actions/result";
import type { SimilarArticle } from "@/lib/articles/originality/find-similar-articles";

const WARN_AT = 0.3;

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
  const t = useTranslations("studio.originality");
  const locale = useLocale();
  const percent = new Intl.NumberFormat(languageTag[locale], {
    style: "percent",
    maximumFractionDigits: 0,
  });
  const [result, setResult] = useState<SimilarArticle[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const check = () =>
    startTransition(async () => {
      setError(null);
      if (!(await flush())) {
        setError(t("saveFirst"));
        return;
      }
      const answer = await checkOriginality(articleId);
      if (answer.status === "success") setResult(answer.data);
      else setError(answer.message ?? null);
    });
  return (
    <section className="originality-check" aria-labelledby="originality-check-title">
      <h2 id="originality-check-title" className="block-title">
        {t("title")}
      </h2>
      <p className="muted small">{t("intro")}</p>
      <button type="button" onClick={check} disabled={pending} className="button-secondary">
        {pending ? t("checking") : result ? t("again") : t("check")}
      </button>
      <div aria-live="polite">
        {error && <p className="form-message">{error}</p>}
        {result && result.length === 0 && <p className="form-success">{t("none")}</p>}
        {result && result.length > 0 && (
          <ol className="originality-matches">
            {result.map((match) => (
              <li key={match.id} className={match.overlap > WARN_AT ? "notice-box" : undefined}>
                <p>
                  <a href={localizedPath(locale, match.href)} target="_blank" rel="noopener">
                    {match.title}
                  </a>{" "}
                  — <strong>{t("same", { percent: percent.format(match.overlap) })}</strong>
                  {match.overlap > WARN_AT && <> · {t("rewrite")}</>}
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
