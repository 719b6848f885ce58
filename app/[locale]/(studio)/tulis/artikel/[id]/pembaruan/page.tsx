import type { Metadata } from "next";
import Link from "next/link";
import { getWriterUpdate } from "@/lib/articles/updates/get-writer-update";
import { pageGate } from "@/lib/auth/page-gate";
import { formatWib } from "@/lib/format/dates";
import { listSectionOptions } from "@/lib/sections/list-section-options";
import { listTopicOptions } from "@/lib/topics/list-topic-options";
import { UpdateWorkspace } from "./update-workspace";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Perbarui artikel", robots: { index: false } };

type Props = { params: Promise<{ locale: string; id: string }> };

// The Verified Writer's update of their live article: the same workspace (autosave, conflicts) on
// the pending update; readers keep the live version until the desk publishes it.
export default async function UpdateArticlePage({ params }: Props) {
  await enterLocale(params);
  const { id } = await params;
  const { data } = await pageGate(`/tulis/artikel/${id}/pembaruan`, (user) =>
    getWriterUpdate(user, id),
  );
  const { article } = data;
  const [sections, topics] = await Promise.all([listSectionOptions(), listTopicOptions()]);
  return (
    <div className="workspace-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/tulis">Studio</Link>
          </li>
          <li>
            <Link href={`/tulis/artikel/${id}`}>{article.title}</Link>
          </li>
          <li aria-current="page">Perbarui artikel</li>
        </ol>
      </nav>
      <h1 className="listing-title">Perbarui: {article.title}</h1>
      {data.returnReason && !data.submittedAt && (
        <aside className="review-note" aria-label="Catatan editor">
          <strong>Pembaruan dikembalikan redaksi:</strong> {data.returnReason}
        </aside>
      )}
      {data.submittedAt ? (
        <p role="status">
          Pembaruan Anda dikirim ke redaksi {formatWib(new Date(data.submittedAt))} dan sedang
          menunggu keputusan. Pembaca tetap melihat versi yang terbit.
        </p>
      ) : (
        <UpdateWorkspace
          article={article}
          sections={sections}
          topics={topics}
          proposedKind={data.proposedKind}
          proposedNote={data.proposedNote}
        />
      )}
    </div>
  );
}
