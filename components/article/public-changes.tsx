import Link from "next/link";
import type { ArticlePageData } from "@/lib/articles/article-page-data";
import { formatWib } from "@/lib/format/dates";

const LABEL = { UPDATE: "Pembaruan", CORRECTION: "Ralat" } as const;

/** The article's public log of updates and corrections, oldest first, each with its time. */
export function PublicChanges({ changes }: { changes: ArticlePageData["publicChanges"] }) {
  if (!changes.length) return null;
  const hasCorrection = changes.some((c) => c.kind === "CORRECTION");
  return (
    <aside className="public-changes" aria-labelledby="public-changes-title">
      <h2 id="public-changes-title" className="public-changes-title">
        {hasCorrection ? "Pembaruan dan ralat" : "Pembaruan"}
      </h2>
      <ol>
        {changes.map((c) => (
          <li key={c.id} className={`public-change public-change-${c.kind.toLowerCase()}`}>
            <strong>{LABEL[c.kind]}</strong>{" "}
            <time dateTime={c.at} className="muted">
              {formatWib(new Date(c.at))}
            </time>
            <p>{c.note}</p>
          </li>
        ))}
      </ol>
      {hasCorrection && (
        <p className="small">
          <Link href="/ralat">Semua ralat Warta</Link>
        </p>
      )}
    </aside>
  );
}
