import "server-only";
import { can, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { writerUpdatesAllowed } from "@/lib/articles/updates/writer-updates-setting";

/**
 * What the studio offers the writer of a published article: "Perbarui artikel" when they may
 * propose an update, and where their update stands. Null for anyone else or any other status.
 */
export async function getUpdateOffer(actor: Actor, articleId: string) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true, version: true },
  });
  if (!article || article.status !== "PUBLISHED" || article.writerId !== actor.id) return null;
  const allowedBySite = await writerUpdatesAllowed();
  if (!can(actor, "article:propose-update", { ...article, writerUpdatesAllowed: allowedBySite }))
    return actor.tier === "VERIFIED" && !allowedBySite ? { allowed: false as const } : null;
  const pending = await db.articlePendingUpdate.findUnique({
    where: { articleId },
    select: { baseVersion: true, submittedAt: true, returnReason: true },
  });
  const live = pending && pending.baseVersion === article.version ? pending : null;
  return {
    allowed: true as const,
    submittedAt: live?.submittedAt?.toISOString() ?? null,
    returnReason: live?.returnReason ?? null,
  };
}
