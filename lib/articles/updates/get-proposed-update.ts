import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { diffWords } from "@/lib/articles/text-diff";
import { findLivePendingUpdate } from "@/lib/articles/updates/pending-update";
import { readableText } from "@/lib/articles/updates/readable-text";

/**
 * A writer's update sent to the desk, for its review: the proposed note and the word-level diff
 * against the live version, or, once returned, why. Null when nothing was sent (or it no longer
 * fits the live version).
 */
export async function getProposedUpdate(actor: Actor | null, articleId: string) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  const live = await db.article.findUnique({
    where: { id: articleId },
    select: {
      writerId: true,
      status: true,
      version: true,
      title: true,
      subtitle: true,
      body: true,
      writer: { select: { displayName: true } },
    },
  });
  if (!live) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:review", live);
  if (live.status !== "PUBLISHED") return null;
  const pending = await findLivePendingUpdate(articleId, live.version);
  if (!pending?.submittedAt && !pending?.returnedAt) return null;
  return {
    writerName: live.writer.displayName,
    submittedAt: pending.submittedAt?.toISOString() ?? null,
    returned:
      !pending.submittedAt && pending.returnedAt
        ? { at: pending.returnedAt.toISOString(), reason: pending.returnReason ?? "" }
        : null,
    kind: pending.proposedKind === "MINOR" ? ("MINOR" as const) : ("UPDATE" as const),
    note: pending.proposedNote ?? "",
    diff: diffWords(readableText(live), readableText(pending)),
  };
}
