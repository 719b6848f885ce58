import type { Metadata } from "next";
import Link from "next/link";
import { ChangeDiff } from "@/components/article/change-diff";
import { getEditorChanges } from "@/lib/articles/get-editor-changes";
import { countChangedWords, hasChanges, type DiffPart } from "@/lib/articles/text-diff";
import { pageGate } from "@/lib/auth/page-gate";
import { formatWib } from "@/lib/format/dates";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Perubahan dari editor", robots: { index: false } };

type Props = { params: Promise<{ locale: string; id: string }> };

async function load(id: string) {
  const gate = await pageGate(`/tulis/artikel/${id}/perubahan`, (user) =>
    getEditorChanges(user, id),
  );
  return gate.data;
}

function Field({ label, parts }: { label: string; parts: DiffPart[] }) {
  const changed = hasChanges(parts);
  const { inserted, deleted } = countChangedWords(parts);
  return (
    <section aria-labelledby={`perubahan-${label}`} className="change-field">
      <h2 id={`perubahan-${label}`}>{label}</h2>
      {changed ? (
        <>
          <p className="muted small">
            {inserted} kata ditambahkan, {deleted} kata dihapus.
          </p>
          <ChangeDiff
            parts={parts}
            label={`Perubahan ${label.toLowerCase()}`}
            className={label === "Isi" ? "article-body" : undefined}
          />
        </>
      ) : (
        <p className="muted">Tidak diubah.</p>
      )}
    </section>
  );
}

/** The writer's view of what the desk changed in their text, as a readable diff. */
export default async function EditorChangesPage({ params }: Props) {
  await enterLocale(params);
  const { id } = await params;
  const { article, changes } = await load(id);
  return (
    <div className="workspace-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/tulis">Studio</Link>
          </li>
          <li>
            <Link href={`/tulis/artikel/${id}`}>{article.title || "(Tanpa judul)"}</Link>
          </li>
          <li aria-current="page">Perubahan dari editor</li>
        </ol>
      </nav>
      <h1 className="listing-title">Perubahan dari editor</h1>
      {!changes || !changes.changed ? (
        <p>Editor belum mengubah tulisan Anda sejak terakhir Anda mengirimkannya.</p>
      ) : (
        <>
          <p>
            Tulisan yang Anda kirim (
            <time dateTime={changes.from.at}>{formatWib(new Date(changes.from.at))}</time>)
            dibandingkan dengan suntingan{" "}
            {changes.to.editorName ? <strong>{changes.to.editorName}</strong> : "editor"} (
            <time dateTime={changes.to.at}>{formatWib(new Date(changes.to.at))}</time>).
          </p>
          <p className="muted small">
            <ins>Teks bergaris bawah</ins> ditambahkan editor; <del>teks dicoret</del> dihapus
            editor.
          </p>
          <Field label="Judul" parts={changes.title} />
          <Field label="Subjudul" parts={changes.subtitle} />
          <Field label="Isi" parts={changes.body} />
        </>
      )}
    </div>
  );
}
