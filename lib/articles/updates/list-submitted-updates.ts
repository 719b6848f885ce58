import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";

/** Writers' updates of live articles waiting for the desk, oldest first. */
export async function listSubmittedUpdates(actor: Actor | null) {
  authorize(actor, "desk:enter", undefined);
  const rows = await db.articlePendingUpdate.findMany({
    where: { submittedAt: { not: null }, article: { status: "PUBLISHED" } },
    orderBy: { submittedAt: "asc" },
    take: 200,
    select: {
      articleId: true,
      baseVersion: true,
      title: true,
      submittedAt: true,
      proposedKind: true,
      proposedNote: true,
      article: {
        select: { version: true, title: true, writer: { select: { displayName: true } } },
      },
    },
  });
  // An update whose live version moved on meanwhile is stale and is not offered.
  return rows
    .filter((row) => row.baseVersion === row.article.version)
    .map((row) => ({
      articleId: row.articleId,
      title: row.title || row.article.title,
      liveTitle: row.article.title,
      writerName: row.article.writer.displayName,
      submittedAt: (row.submittedAt ?? new Date()).toISOString(),
      kind: row.proposedKind === "MINOR" ? ("MINOR" as const) : ("UPDATE" as const),
      note: row.proposedNote ?? "",
    }));
}
