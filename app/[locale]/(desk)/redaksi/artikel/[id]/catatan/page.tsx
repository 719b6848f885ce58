import type { Metadata } from "next";
import Link from "next/link";
import { listEditorialNotes } from "@/lib/articles/notes/list-editorial-notes";
import { pageGate } from "@/lib/auth/page-gate";
import { EditorialNotesView } from "./editorial-notes";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Catatan redaksi" };

type Props = { params: Promise<{ locale: string; id: string }> };

export default async function EditorialNotesPage({ params }: Props) {
  await enterLocale(params);
  const { id } = await params;
  const gate = await pageGate(`/redaksi/artikel/${id}/catatan`, (user) =>
    listEditorialNotes(user, id),
  );
  const { article, notes } = gate.data;
  return (
    <div className="desk-notes-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/redaksi">Redaksi</Link>
          </li>
          <li>
            <Link href={`/redaksi/artikel/${id}`}>{article.title || "(Tanpa judul)"}</Link>
          </li>
          <li aria-current="page">Catatan redaksi</li>
        </ol>
      </nav>
      <EditorialNotesView articleId={id} notes={notes} headingLevel={1} />
    </div>
  );
}
