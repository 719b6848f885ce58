"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("desk.editing");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const discard = () =>
    startTransition(async () => {
      setError(null);
      const result = await discardUpdateAction({ articleId });
      if (result.status === "success") onDiscarded(result.data);
      else setError(result.message ?? t("discardFailed"));
    });

  if (!confirming)
    return (
      <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
        {t("discard")}
      </button>
    );
  return (
    <div role="group" aria-labelledby="discard-update-question">
      <p id="discard-update-question">{t("discardQuestion")}</p>
      <button type="button" onClick={discard} disabled={pending}>
        {pending ? t("discarding") : t("discardConfirm")}
      </button>{" "}
      <button
        type="button"
        className="button-secondary"
        onClick={() => setConfirming(false)}
        disabled={pending}
      >
        {t("cancel")}
      </button>
      {error && (
        <p role="alert" className="form-message">
          {error}
        </p>
      )}
    </div>
  );
}
