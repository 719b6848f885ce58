"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { REACTIONS } from "@/lib/reactions/reaction-kinds";
import { commentsPath, useCallApi } from "./api";
import { ReactionIcon } from "./reaction-icon";

type Props = {
  articleId: string;
  counts: Record<string, number> | null;
  mine: string | null;
  onChanged: () => void;
};

/** Five reactions, one per reader, changeable; anonymous readers too (no cookie involved). */
export function ReactionBar({ articleId, counts, mine, onChanged }: Props) {
  const t = useTranslations("comments.reactions");
  const format = useFormatter();
  const callApi = useCallApi();
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const current = chosen === undefined ? mine : chosen;

  const react = async (kind: string) => {
    const result = await callApi<{ mine: string | null }>(commentsPath(articleId, "reactions"), {
      body: { kind },
    });
    if (!result.ok) return setError(result.message);
    setError(null);
    setChosen(result.data.mine);
    onChanged();
  };

  return (
    <section className="reactions" aria-labelledby="reactions-title">
      <h2 id="reactions-title" className="reactions-title">
        {t("title")}
      </h2>
      <ul>
        {REACTIONS.map((reaction) => (
          <li key={reaction.kind}>
            <button
              type="button"
              className="reaction"
              aria-pressed={current === reaction.kind}
              onClick={() => react(reaction.kind)}
            >
              <ReactionIcon kind={reaction.kind} />
              <span className="reaction-label">{t(reaction.kind)}</span>
              <span className="reaction-count">
                {counts ? format.number(counts[reaction.kind] ?? 0) : "–"}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="form-message">
          {error}
        </p>
      )}
    </section>
  );
}
