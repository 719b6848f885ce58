import "server-only";
import type { TxClient } from "@/lib/db-tx";

/** Recounts an article's published comments inside the verb's transaction (article cards show it). */
export async function refreshCommentCount(tx: TxClient, articleId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Article" SET "commentCount" = (
      SELECT count(*)::int FROM "Comment" WHERE "articleId" = ${articleId} AND status = 'PUBLISHED'
    ) WHERE id = ${articleId}`;
}
