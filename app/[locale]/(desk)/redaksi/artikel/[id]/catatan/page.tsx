import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listEditorialNotes } from "@/lib/articles/notes/list-editorial-notes";
import { pageGate } from "@/lib/auth/page-gate";
import { EditorialNotesView } from "./editorial-notes";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "desk.notes" });
  return { title: t("title") };
}

export default async function EditorialNotesPage({ params }: Props) {
  await enterLocale(params);
  const t = await getTranslations("desk");
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
            <Link href="/redaksi">{t("meta.title")}</Link>
          </li>
          <li>
            <Link href={`/redaksi/artikel/${id}`}>{article.title || t("revisions.untitled")}</Link>
          </li>
          <li aria-current="page">{t("notes.title")}</li>
        </ol>
      </nav>
      <EditorialNotesView articleId={id} notes={notes} headingLevel={1} />
    </div>
  );
}
