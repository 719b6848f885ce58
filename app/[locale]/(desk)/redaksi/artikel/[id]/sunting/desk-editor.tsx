"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { EditableArticle } from "@/lib/articles/editable-article";
import { DraftWorkspaceClient } from "@/components/workspace/draft-workspace-client";
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
  return (
    <DraftWorkspaceClient
      article={article}
      sections={sections}
      topics={topics}
      emailVerified
      deskActions={(flush) =>
        live ? (
          <PublishUpdatePanel
            articleId={article.id}
            flush={flush}
            initialKind={proposal?.kind}
            initialNote={proposal?.note}
          />
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
                    setMessage("Perubahan belum tersimpan. Periksa pesan di atas lalu coba lagi.");
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
  );
}
