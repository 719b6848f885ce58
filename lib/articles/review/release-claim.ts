import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Puts a claimed article back in the queue, for another editor to take. The holder of the claim
 * may; so may an admin (an editor who left it claimed), and the audit entry names whose claim it was.
 */
export async function releaseClaim(actor: Actor | null, articleId: string): Promise<void> {
  authorize(actor, "desk:enter", undefined);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true, claimedById: true },
  });
  if (!article || article.status === "DRAFT")
    throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:review", article);

  const holder = actor.role === "ADMIN" ? article.claimedById : actor.id;
  await db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: articleId, status: "IN_REVIEW", claimedById: holder ?? actor.id },
      data: { status: "SUBMITTED", claimedById: null, claimedAt: null },
    });
    if (count === 0) throw new AppError("CONFLICT", "Anda tidak sedang mereview artikel ini.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.release",
      targetType: "Article",
      targetId: articleId,
      before: { status: "IN_REVIEW", claimedById: holder },
      after: { status: "SUBMITTED" },
    });
  });
}
