"use client";

import type { EditableArticle } from "@/lib/articles/editable-article";
import { DraftWorkspaceClient } from "@/components/workspace/draft-workspace-client";
import { ProposeUpdatePanel } from "./propose-update-panel";

type Props = {
  article: EditableArticle;
  sections: { id: string; label: string }[];
  topics: { id: string; name: string }[];
  proposedKind: "UPDATE" | "MINOR";
  proposedNote: string;
};

/** The studio's workspace on the pending update, with the writer's way to send it to the desk. */
export function UpdateWorkspace({ article, sections, topics, proposedKind, proposedNote }: Props) {
  return (
    <DraftWorkspaceClient
      article={article}
      sections={sections}
      topics={topics}
      emailVerified
      deskActions={(flush) => (
        <ProposeUpdatePanel
          articleId={article.id}
          flush={flush}
          initialKind={proposedKind}
          initialNote={proposedNote}
        />
      )}
    />
  );
}
