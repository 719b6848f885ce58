import { useLocale, useTranslations } from "next-intl";
import { getActor } from "@/lib/auth/session";
import {
  listEditorialNotes,
  type EditorialNoteItem,
} from "@/lib/articles/notes/list-editorial-notes";
import { formatWib } from "@/lib/format/dates";
import { AddNoteForm } from "./add-note-form";

type ViewProps = { articleId: string; notes: EditorialNoteItem[]; headingLevel?: 1 | 2 };

/** The desk's private notes on an article, with a form to add one. Editors only: the verb refuses anyone else. */
export async function EditorialNotes({ articleId }: { articleId: string }) {
  const { notes } = await listEditorialNotes(await getActor(), articleId);
  return <EditorialNotesView articleId={articleId} notes={notes} />;
}

export function EditorialNotesView({ articleId, notes, headingLevel = 2 }: ViewProps) {
  const t = useTranslations("desk.notes");
  const locale = useLocale();
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section aria-labelledby="editorial-notes-title" className="editorial-notes">
      <Heading
        id="editorial-notes-title"
        className={headingLevel === 1 ? "listing-title" : undefined}
      >
        {t("title")}
      </Heading>
      <p className="muted small">{t("intro")}</p>
      {notes.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="studio-list" aria-label={t("listLabel")}>
          {notes.map((note) => (
            <li key={note.id}>
              <p className="small muted">
                <strong>{note.authorName}</strong> ·{" "}
                <time dateTime={note.createdAt}>{formatWib(new Date(note.createdAt), locale)}</time>
              </p>
              <p style={{ whiteSpace: "pre-wrap", margin: 0 }}>{note.body}</p>
            </li>
          ))}
        </ol>
      )}
      <AddNoteForm articleId={articleId} />
    </section>
  );
}
