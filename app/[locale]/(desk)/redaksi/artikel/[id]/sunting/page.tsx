import type { Metadata } from "next";
import Link from "next/link";
import { getArticleForEditing } from "@/lib/articles/get-article-for-editing";
import { getArticlePreview } from "@/lib/articles/review/get-article-preview";
import { getProposedUpdate } from "@/lib/articles/updates/get-proposed-update";
import { listSectionOptions } from "@/lib/sections/list-section-options";
import { listTopicOptions } from "@/lib/topics/list-topic-options";
import { pageGate } from "@/lib/auth/page-gate";
import { DeskEditor } from "./desk-editor";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { ProposedUpdate } from "./proposed-update";

export const metadata: Metadata = { title: "Sunting naskah" };

type Props = { params: Promise<{ locale: string; id: string }> };

// The editor works in the writer's own workspace (autosave, conflicts, checklist); saves go through
// the studio's save route and verb, which records each editor save as a revision.
export default async function DeskEditPage({ params }: Props) {
  await enterLocale(params);
  const { id } = await params;
  const gate = await pageGate(`/redaksi/artikel/${id}/sunting`, async (user) => {
    const { review } = await getArticlePreview(user, id);
    // A live article is edited as a pending update (lib/articles/updates) and published from here.
    const editable = review.canEdit || review.status === "PUBLISHED";
    return {
      review,
      editing: editable ? await getArticleForEditing(user, id) : null,
      proposal: await getProposedUpdate(user, id),
    };
  });
  const { review, editing, proposal } = gate.data;
  const [sections, topics] = await Promise.all([listSectionOptions(), listTopicOptions()]);

  return (
    <div className="workspace-page">
      <h1 className="listing-title">Menyunting: {review.title}</h1>
      {proposal && <ProposedUpdate articleId={id} proposal={proposal} />}
      {editing?.canEdit ? (
        <DeskEditor
          article={editing.article}
          sections={sections}
          topics={topics}
          live={review.status === "PUBLISHED"}
          proposal={proposal && { kind: proposal.kind, note: proposal.note }}
        />
      ) : (
        <p>
          Klaim artikel ini terlebih dahulu untuk menyuntingnya.{" "}
          <Link href={`/redaksi/artikel/${id}`}>Kembali ke halaman review</Link>
        </p>
      )}
    </div>
  );
}
