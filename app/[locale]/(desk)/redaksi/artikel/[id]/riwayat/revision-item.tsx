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

const FIELDS = [
  { key: "title", label: "Judul" },
  { key: "subtitle", label: "Subjudul" },
  { key: "body", label: "Isi" },
] as const;

/** One saved version: who, when, why, what changed since the version before, and a way back to it. */
export function RevisionItem({ entry, articleId, articleVersion, canRestore }: Props) {
  const headingId = `versi-${entry.version}`;
  const changedFields = entry.changes ? FIELDS.filter((field) => entry.changes?.[field.key]) : [];
  return (
    <section
      aria-labelledby={headingId}
      className="revision-item queue-item"
      style={{ display: "block" }}
    >
      <h2 id={headingId}>Versi {entry.version}</h2>
      <p className="small">
        {entry.authorName ?? "Pengguna terhapus"} ·{" "}
        <time dateTime={entry.createdAt}>{formatWib(new Date(entry.createdAt))}</time>
        {entry.note && <> · {entry.note}</>}
        {entry.isCurrent && (
          <>
            {" "}
            · <strong>Isi saat ini</strong>
          </>
        )}
      </p>
      {entry.changes === null ? (
        <p className="muted">Versi pertama yang tersimpan.</p>
      ) : changedFields.length === 0 ? (
        <p className="muted">Judul, subjudul dan isi sama dengan versi {entry.previousVersion}.</p>
      ) : (
        <>
          <p className="muted small">Perubahan dibandingkan versi {entry.previousVersion}:</p>
          {changedFields.map((field) => (
            <div key={field.key}>
              <h3>{field.label}</h3>
              <ChangeDiff
                parts={entry.changes?.[field.key] ?? []}
                label={`Perubahan ${field.label.toLowerCase()} versi ${entry.version}`}
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
