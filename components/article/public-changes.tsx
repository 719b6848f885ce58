import { useLocale, useTranslations } from "next-intl";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import type { ArticlePageData } from "@/lib/articles/article-page-data";
import { formatWib } from "@/lib/format/dates";

const LABEL = { UPDATE: "update", CORRECTION: "correction" } as const;

/** The article's public log of updates and corrections, oldest first, each with its time. */
export function PublicChanges({ changes }: { changes: ArticlePageData["publicChanges"] }) {
  const t = useTranslations("article.changes");
  const locale = useLocale();
  if (!changes.length) return null;
  const hasCorrection = changes.some((c) => c.kind === "CORRECTION");
  return (
    <aside className="public-changes" aria-labelledby="public-changes-title">
      <h2 id="public-changes-title" className="public-changes-title">
        {hasCorrection ? t("titleBoth") : t("titleUpdates")}
      </h2>
      <ol>
        {changes.map((c) => (
          <li key={c.id} className={`public-change public-change-${c.kind.toLowerCase()}`}>
            <strong>{t(LABEL[c.kind])}</strong>{" "}
            <time dateTime={c.at} className="muted">
              {formatWib(new Date(c.at), locale)}
            </time>
            <p>{c.note}</p>
          </li>
        ))}
      </ol>
      {hasCorrection && (
        <p className="small">
          <Link href="/ralat">{t("allCorrections")}</Link>
        </p>
      )}
    </aside>
  );
}
