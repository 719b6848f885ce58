import { useTranslations } from "next-intl";
import type { DiffPart } from "@/lib/articles/text-diff";

type Props = {
  parts: DiffPart[];
  /** Names the passage for assistive technology, e.g. "Perubahan isi". */
  label: string;
  className?: string;
};

/**
 * A diff as readable text: insertions underlined in <ins>, deletions struck through in <del>.
 * Screen readers do not announce ins/del, so each change also says what it is in hidden words.
 */
export function ChangeDiff({ parts, label, className }: Props) {
  const t = useTranslations("article.diff");
  return (
    <div
      className={className ? `change-diff ${className}` : "change-diff"}
      role="group"
      aria-label={label}
      style={{ whiteSpace: "pre-wrap" }}
    >
      {parts.map((part, i) => {
        if (part.type === "insert") {
          return (
            <ins key={i} style={{ background: "#e6f4ea", color: "#0d4a1f" }}>
              <span className="visually-hidden">{t("inserted")}</span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          );
        }
        if (part.type === "delete") {
          return (
            <del key={i} style={{ background: "#fdecea", color: "#7a1a13" }}>
              <span className="visually-hidden">{t("deleted")}</span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        }
        return <span key={i}>{part.text}</span>;
      })}
    </div>
  );
}
