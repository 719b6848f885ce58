"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { claimArticleAction } from "./actions";

type Props = { articleId: string; title: string; claimable: boolean };

/**
 * Claims an article and opens it; if someone was faster, says who and refreshes the queue. It stays
 * mounted once the article is taken (`claimable` false), so the refreshed queue keeps the message.
 */
export function ClaimButton({ articleId, title, claimable }: Props) {
  const t = useTranslations("desk.claim");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const claim = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await claimArticleAction(articleId);
      if (result.status === "success") router.push(`/redaksi/artikel/${articleId}`);
      else {
        setMessage(result.message ?? null);
        router.refresh();
      }
    });
  if (!claimable && !message) return null;
  return (
    <div>
      {claimable && (
        <button type="button" onClick={claim} disabled={pending} aria-label={t("label", { title })}>
          {pending ? t("pending") : t("button")}
        </button>
      )}
      {message && (
        <p role="alert" className="form-message">
          {message}
        </p>
      )}
    </div>
  );
}
