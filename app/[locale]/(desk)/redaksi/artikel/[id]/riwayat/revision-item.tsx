import { useLocale, useTranslations } from "next-intl";
import { ChangeDiff } from "@/components/article/change-diff";
import type { RevisionEntry } from "@/lib/articles/revisions/list-revisions";
import { formatWib } from "@/lib/format/dates";
import { RestoreForm } from "./restore-form";

type Props = {
  entry: RevisionEntry;
  articleId: string;
  articleVersion: number;
  canRestore: boolean;
};

const FIELDS = ["title", "subtitle", "body"] as const;

/** One saved version: who, when, why, what changed since the version before, and a way back to it. */
export function RevisionItem({ entry, articleId, articleVersion, canRestore }: Props) {
  const t = useTranslations("desk.revisions");
  const locale = useLocale();
  const headingId = `versi-${entry.version}`;
  const changedFields = entry.changes ? FIELDS.filter((field) => entry.changes?.[field]) : [];
  return (
    <section
      aria-labelledby={headingId}
      className="revision-item queue-item"
      style={{ display: "block" }}
    >
      <h2 id={headingId}>{t("version", { version: entry.version })}</h2>
      <p className="small">
        {entry.authorName ?? t("deletedUser")} ·{" "}
        <time dateTime={entry.createdAt}>{formatWib(new Date(entry.createdAt), locale)}</time>
        {entry.note && <> · {entry.note}</>}
        {entry.isCurrent && (
          <>
            {" "}
            · <strong>{t("current")}</strong>
          </>
        )}
      </p>
      {entry.changes === null ? (
        <p className="muted">{t("first")}</p>
      ) : changedFields.length === 0 ? (
        <p className="muted">{t("unchanged", { previous: entry.previousVersion ?? 0 })}</p>
      ) : (
        <>
          <p className="muted small">
            {t("changesSince", { previous: entry.previousVersion ?? 0 })}
          </p>
          {changedFields.map((field) => (
            <div key={field}>
              <h3>{t(`fields.${field}`)}</h3>
              <ChangeDiff
                parts={entry.changes?.[field] ?? []}
                label={t(`diff.${field}`, { version: entry.version })}
              />
            </div>
          ))}
        </>
      )}
      {canRestore && !entry.isCurrent && (
        <RestoreForm articleId={articleId} revisionId={entry.id} articleVersion={articleVersion} />
      )}
    </section>
  );
}
