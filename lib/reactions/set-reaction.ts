import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { throttleComment } from "@/lib/comments/comment-throttle";
import { isBotUserAgent } from "@/lib/views/bots";
import { reactionInputSchema } from "@/lib/reactions/reaction-input";
import { readerKey, type Visitor } from "@/lib/reactions/reader-key";

const REACTION_LIMITS = [{ name: "min", limit: 30, windowSeconds: 60 }] as const;

/**
 * One reaction per reader per article: a new choice replaces the old one, the same choice again
 * takes it back. Anonymous readers count once per day and address (see reader-key.ts).
 */
export async function setReaction(
  actor: Actor | null,
  articleId: string,
  rawInput: unknown,
  visitor: Visitor,
) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { status: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "reaction:set", article);
  if (!actor && (!visitor.userAgent || isBotUserAgent(visitor.userAgent)))
    throw new AppError("FORBIDDEN", "Reaksi tidak dapat dicatat dari peramban ini.");
  const { kind } = reactionInputSchema.parse(rawInput);
  await throttleComment("reaction", { userId: actor?.id, ip: visitor.ip }, REACTION_LIMITS);

  const key = await readerKey(actor, articleId, visitor);
  const where = key.userId
    ? { articleId_userId: { articleId, userId: key.userId } }
    : { articleId_visitorHash: { articleId, visitorHash: key.visitorHash! } };
  const mine = await db.$transaction(async (tx) => {
    const existing = await tx.reaction.findUnique({ where, select: { id: true, kind: true } });
    if (existing?.kind === kind) {
      await tx.reaction.delete({ where: { id: existing.id } });
      return null;
    }
    await tx.reaction.upsert({
      where,
      create: { articleId, kind, userId: key.userId, visitorHash: key.visitorHash },
      update: { kind },
      select: { id: true },
    });
    return kind;
  });
  return { mine, tags: [tags.reactions(articleId)] };
}
