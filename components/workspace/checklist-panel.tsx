import { useTranslations } from "next-intl";
import {
  LONG_PIECE_WORDS,
  MIN_WORDS,
  SUBTITLE_MAX,
  TITLE_MAX,
  TITLE_MIN,
  type Check,
} from "@/lib/articles/house-format";
import { countWords, documentText } from "@/lib/articles/render-document";
import type { DraftFields } from "./draft-fields";

type Translate = ReturnType<typeof useTranslations<"studio.checklist">>;

/**
 * The checks' text in the interface's language, by id. house-format.ts keeps its Indonesian labels
 * for the server's refusal; the counts in the hints are taken from the fields, as it does.
 */
function describe(check: Check, fields: DraftFields, t: Translate) {
  switch (check.id) {
    case "title":
      return {
        label: t("titleLength", { min: TITLE_MIN, max: TITLE_MAX }),
        hint: t("charsNow", { count: fields.title.trim().length }),
      };
    case "subtitle":
      return { label: t("subtitleFilled", { max: SUBTITLE_MAX }) };
    case "dateline":
      return { label: t("dateline") };
    case "section":
      return { label: t("section") };
    case "length":
      return {
        label: t("length", { min: MIN_WORDS }),
        hint: t("wordsNow", { count: countWords(documentText(fields.body)) }),
      };
    case "sections":
      return { label: t("sections", { words: LONG_PIECE_WORDS }) };
    case "image-credits":
      return { label: t("imageCredits") };
    case "hero":
      return { label: t("hero") };
    case "topics":
      return { label: t("topics") };
    default:
      return { label: check.label, hint: check.hint };
  }
}

/** The house format at a glance: required items block submission, recommended ones do not. */
export function ChecklistPanel({ checks, fields }: { checks: Check[]; fields: DraftFields }) {
  const t = useTranslations("studio.checklist");
  return (
    <section className="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t("title")}</h2>
      <ul>
        {checks.map((check) => {
          const { label, hint } = describe(check, fields, t);
          return (
            <li
              key={check.id}
              className={
                check.passed ? "check-passed" : check.required ? "check-failed" : "check-optional"
              }
            >
              <span aria-hidden="true">{check.passed ? "✓" : check.required ? "✗" : "○"}</span>{" "}
              {label}
              {!check.required && <span className="muted">{t("recommended")}</span>}
              <span className="visually-hidden">{check.passed ? t("passed") : t("failed")}</span>
              {!check.passed && hint && <span className="muted small"> {hint}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
