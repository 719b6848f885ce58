import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { STATUS_LABELS } from "@/lib/articles/list-my-articles";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

// Decisions (publish, schedule, request changes, reject) are taken on a submission that is waiting
// (SUBMITTED) or under review (IN_REVIEW). Policy: an editor may decide an article they claimed, or
// one nobody claimed yet (claiming first is the courtesy the queue shows, not a requirement); an
// article claimed by someone else is theirs until they decide or release it.

const DECIDABLE: ArticleStatus[] = ["SUBMITTED", "IN_REVIEW"];

const targetSelect = {
  id: true,
  writerId: true,
  status: true,
  title: true,
  claimedById: true,
  claimedBy: { select: { displayName: true } },
} satisfies Prisma.ArticleSelect;

export type DecisionTarget = Prisma.ArticleGetPayload<{ select: typeof targetSelect }>;

function refusal(actor: Actor, article: DecisionTarget): AppError | null {
  if (!DECIDABLE.includes(article.status)) {
    return new AppError(
      "CONFLICT",
      `Artikel ini tidak sedang menunggu keputusan (status: ${STATUS_LABELS[article.status]}).`,
    );
  }
  if (article.claimedById && article.claimedById !== actor.id) {
    return new AppError(
      "CONFLICT",
      `Sedang direview oleh ${article.claimedBy?.displayName ?? "editor lain"}.`,
    );
  }
  return null;
}

/** Loads the article for a decision, refusing anyone without `article:publish` and any article not open to this editor. */
export async function loadDecisionTarget(
  actor: Actor | null,
  articleId: string,
): Promise<DecisionTarget & { editor: Actor }> {
  authorize(actor, "desk:enter", undefined);
  const article = await db.article.findUnique({ where: { id: articleId }, select: targetSelect });
  if (!article || article.status === "DRAFT")
    throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:publish", article);
  const refused = refusal(actor, article);
  if (refused) throw refused;
  return { ...article, editor: actor };
}

/** The WHERE a decision's UPDATE carries: still in the state the editor saw, and still open to them. */
export function stillDecidable(target: DecisionTarget, actor: Actor) {
  return {
    status: target.status,
    OR: [{ claimedById: null }, { claimedById: actor.id }],
  } satisfies Prisma.ArticleWhereInput;
}

/** After a decision's UPDATE found nothing to change: why, in words the editor can act on. */
export async function decisionConflict(actor: Actor, articleId: string): Promise<AppError> {
  const current = await db.article.findUnique({ where: { id: articleId }, select: targetSelect });
  return (
    (current && refusal(actor, current)) ??
    new AppError("CONFLICT", "Artikel ini baru saja diubah. Muat ulang halaman.")
  );
}
