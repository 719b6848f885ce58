"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { EditableArticle } from "@/lib/articles/editable-article";
import { DraftWorkspaceClient } from "@/components/workspace/draft-workspace-client";
import { clearBackup } from "@/components/workspace/local-backup";
import { DiscardUpdateButton } from "./discard-update-button";
import { PublishUpdatePanel } from "./publish-update-panel";

type Props = {
  article: EditableArticle;
  sections: { id: string; label: string }[];
  topics: { id: string; name: string }[];
  /** A published article: the update is published from here instead of returning to review. */
  live?: boolean;
  /** A Verified Writer's proposed kind and note, which the publish panel starts from. */
  proposal?: { kind: "UPDATE" | "MINOR"; note: string } | null;
};

/**
 * The studio's workspace (browser-only, like in the studio, since it starts from the local copy)
 * with the desk's way out: save everything, then back to the preview to decide.
 */
export function DeskEditor({ article, sections, topics, live = false, proposal }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // After "Buang pembaruan" the workspace starts again (a new key) from the live version the action
  // answered with, until the page's own props are refreshed.
  const [restarted, setRestarted] = useState<{
    from: EditableArticle;
    live: EditableArticle;
  } | null>(null);
  const [generation, setGeneration] = useState(0);
  const restartFromLive = (liveArticle: EditableArticle) => {
    clearBackup(liveArticle.id);
    setRestarted({ from: article, live: liveArticle });
    setGeneration((g) => g + 1);
  };
  const current = restarted?.from === article ? restarted.live : article;
  return (
    <>
      {restarted && (
        <p role="status" className="form-success">
          Pembaruan dibuang. Naskah kembali ke versi yang terbit.
        </p>
      )}
      <DraftWorkspaceClient
        key={generation}
        article={current}
        sections={sections}
        topics={topics}
        emailVerified
        deskActions={(flush) =>
          live ? (
            <>
              <PublishUpdatePanel
                articleId={article.id}
                flush={flush}
                initialKind={proposal?.kind}
                initialNote={proposal?.note}
              />
              <DiscardUpdateButton articleId={article.id} onDiscarded={restartFromLive} />
            </>
          ) : (
            <>
              <button
                type="button"
                disabled={pending}
                onClick={() =>
                  startTransition(async () => {
                    setMessage(null);
                    if (await flush()) router.push(`/redaksi/artikel/${article.id}`);
                    else
                      setMessage(
                        "Perubahan belum tersimpan. Periksa pesan di atas lalu coba lagi.",
                      );
                  })
                }
              >
                Selesai menyunting
              </button>
              {message && (
                <p role="alert" className="form-message">
                  {message}
                </p>
              )}
            </>
          )
        }
      />
    </>
  );
}
