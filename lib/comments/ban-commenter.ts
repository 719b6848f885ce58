import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { commentTags } from "@/lib/comments/comment-tags";
import { refreshCommentCount } from "@/lib/comments/refresh-comment-count";

/** Ban lengths offered on the desk, in days; "permanent" has no end. */
export const BAN_DAYS = ["1", "7", "30", "permanent"] as const;

export const banCommenterSchema = z.object({
  userId: z.string().min(1).max(64),
  days: z.enum(BAN_DAYS, { error: "Pilih lama pemblokiran." }),
  reason: z
    .string({ error: "Tulis alasan pemblokiran." })
    .trim()
    .min(5, "Tulis alasan pemblokiran, minimal 5 karakter.")
    .max(300, "Alasan paling banyak 300 karakter."),
});

/**
 * Stops a member from commenting (reading and writing articles are untouched), for some days or for
 * good. Their comments still waiting in the queue are removed with the same reason: a spammer's
 * backlog should not need one click each.
 */
export async function banCommenter(actor: Actor | null, rawInput: unknown, now = new Date()) {
  const input = banCommenterSchema.parse(rawInput);
  authorize(actor, "comment:ban", { id: input.userId });
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", "Akun tidak ditemukan.");
  const until =
    input.days === "permanent" ? null : new Date(now.getTime() + Number(input.days) * 86_400_000);

  const articleIds = await db.$transaction(async (tx) => {
    const ban = await tx.commentBan.create({
      data: { userId: input.userId, until, reason: input.reason, byId: actor.id },
      select: { id: true },
    });
    const pending = await tx.comment.findMany({
      where: { authorId: input.userId, status: { in: ["HELD", "HIDDEN"] } },
      select: { id: true, articleId: true },
    });
    await tx.comment.updateMany({
      where: { id: { in: pending.map((c) => c.id) } },
      data: { status: "REMOVED", removalReason: input.reason },
    });
    const articleIds = [...new Set(pending.map((c) => c.articleId))];
    for (const articleId of articleIds) await refreshCommentCount(tx, articleId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.ban",
      targetType: "User",
      targetId: input.userId,
      after: {
        banId: ban.id,
        until: until?.toISOString() ?? null,
        reason: input.reason,
        removedPending: pending.length,
      },
    });
    return articleIds;
  });
  return { until, tags: articleIds.flatMap((id) => commentTags(id, input.userId)) };
}
