"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

function WorkspaceLoading() {
  const t = useTranslations("studio.workspace");
  return <p className="muted">{t("loading")}</p>;
}

/**
 * The workspace renders in the browser only: it starts from the browser's local copy of unsaved
 * work, and the editor itself cannot render on the server.
 */
export const DraftWorkspaceClient = dynamic(
  () => import("./draft-workspace").then((module) => module.DraftWorkspace),
  {
    ssr: false,
    loading: () => <WorkspaceLoading />,
  },
);
