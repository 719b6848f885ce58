import "server-only";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { readerKey, type Visitor } from "@/lib/reactions/reader-key";

/** The reader's own reaction on an article, for highlighting their choice (never cached). */
export async function getMyReaction(actor: Actor | null, articleId: string, visitor: Visitor) {
  const key = await readerKey(actor, articleId, visitor);
  const row = await db.reaction.findFirst({
    where: key.userId
      ? { articleId, userId: key.userId }
      : { articleId, visitorHash: key.visitorHash },
    select: { kind: true },
  });
  return row?.kind ?? null;
}
