import "server-only";
import { authorize, can, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Where a submission stands: its place among articles waiting (oldest first, as editors take them)
 * and the typical wait, the median time from submission to decision over the last 50 decisions.
 */
export async function getQueuePosition(actor: Actor | null, articleId: string) {
  authorize(actor, "article:list-own", undefined);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true, submittedAt: true },
  });
  if (!article || !can(actor, "article:open", article))
    throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  if (!article.submittedAt || !["SUBMITTED", "IN_REVIEW"].includes(article.status)) return null;

  const ahead = await db.article.count({
    where: { status: { in: ["SUBMITTED", "IN_REVIEW"] }, submittedAt: { lt: article.submittedAt } },
  });
  const [median] = await db.$queryRaw<{ seconds: number | null }[]>`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("reviewedAt" - "submittedAt")))::float8 AS seconds
    FROM (
      SELECT "reviewedAt", "submittedAt" FROM "Article"
      WHERE "reviewedAt" IS NOT NULL AND "submittedAt" IS NOT NULL AND "reviewedAt" >= "submittedAt"
      ORDER BY "reviewedAt" DESC LIMIT 50
    ) recent`;
  return { position: ahead + 1, medianWaitSeconds: median?.seconds ?? null };
}
