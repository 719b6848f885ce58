"use client";

import dynamic from "next/dynamic";

/**
 * The workspace renders in the browser only: it starts from the browser's local copy of unsaved
 * work, and the editor itself cannot render on the server.
 */
export const DraftWorkspaceClient = dynamic(
  () => import("./draft-workspace").then((module) => module.DraftWorkspace),
  {
    ssr: false,
    loading: () => <p className="muted">Memuat studio…</p>,
  },
);
