"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

type Props = {
  topics: { id: string; name: string }[];
  selected: string[];
  proposed: string[];
  onChange: (selected: string[], proposed: string[]) => void;
};

/** Choose existing topics; propose a new one for the editors to accept. */
export function TopicPicker({ topics, selected, proposed, onChange }: Props) {
  const t = useTranslations("studio.topics");
  const [proposal, setProposal] = useState("");
  const toggle = (id: string) =>
    onChange(
      selected.includes(id) ? selected.filter((t) => t !== id) : [...selected, id],
      proposed,
    );
  const propose = () => {
    const name = proposal.trim();
    if (name.length < 2 || proposed.includes(name)) return;
    onChange(selected, [...proposed, name].slice(0, 3));
    setProposal("");
  };
  return (
    <fieldset className="topic-picker">
      <legend>{t("legend")}</legend>
      <ul className="topic-options">
        {topics.map((topic) => (
          <li key={topic.id}>
            <label>
              <input
                type="checkbox"
                checked={selected.includes(topic.id)}
                onChange={() => toggle(topic.id)}
              />{" "}
              {topic.name}
            </label>
          </li>
        ))}
      </ul>
      <div className="topic-proposal">
        <label htmlFor="topic-proposal">{t("propose")}</label>
        <input
          id="topic-proposal"
          value={proposal}
          maxLength={40}
          onChange={(e) => setProposal(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), propose())}
        />
        <button type="button" className="button-secondary" onClick={propose}>
          {t("proposeButton")}
        </button>
      </div>
      {proposed.length > 0 && (
        <ul className="topic-chips" aria-label={t("proposed")}>
          {proposed.map((name) => (
            <li key={name}>
              <span className="chip">
                {name}{" "}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t("removeProposal", { name })}
                  onClick={() =>
                    onChange(
                      selected,
                      proposed.filter((p) => p !== name),
                    )
                  }
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
