import type { Metadata } from "next";
import Link from "next/link";
import { listRevisions } from "@/lib/articles/revisions/list-revisions";
import { pageGate } from "@/lib/auth/page-gate";
import { RevisionItem } from "./revision-item";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Riwayat versi" };

type Props = { params: Promise<{ locale: string; id: string }> };

export default async function RevisionHistoryPage({ params }: Props) {
  await enterLocale(params);
  const { id } = await params;
  const gate = await pageGate(`/redaksi/artikel/${id}/riwayat`, (user) => listRevisions(user, id));
  const { article, revisions, canRestore } = gate.data;
  return (
    <div className="revision-history">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/redaksi">Redaksi</Link>
          </li>
          <li>
            <Link href={`/redaksi/artikel/${id}`}>{article.title || "(Tanpa judul)"}</Link>
          </li>
          <li aria-current="page">Riwayat versi</li>
        </ol>
      </nav>
      <h1 className="listing-title">Riwayat versi</h1>
      <p className="muted">
        Setiap versi yang tersimpan, terbaru di atas. Memulihkan sebuah versi membuat versi baru;
        riwayat tidak pernah ditimpa.
      </p>
      {revisions.length === 0 ? (
        <p>Belum ada versi tersimpan untuk artikel ini.</p>
      ) : (
        <div className="queue-list">
          {revisions.map((entry) => (
            <RevisionItem
              key={entry.id}
              entry={entry}
              articleId={article.id}
              articleVersion={article.version}
              canRestore={canRestore}
            />
          ))}
        </div>
      )}
    </div>
  );
}
