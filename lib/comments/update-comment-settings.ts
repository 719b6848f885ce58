import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { parseWordList } from "@/lib/comments/moderation-word-list";

export const commentSettingsSchema = z.object({
  closedByDefault: z.enum(["on", "off"]).optional(),
  words: z
    .string({ error: "Isi daftar kata." })
    .max(20_000, "Daftar kata paling banyak 20.000 karakter.")
    .transform(parseWordList)
    .refine(
      (words) => words.every((w) => w.length <= 60),
      "Satu kata atau frasa paling banyak 60 karakter.",
    ),
});

/** The site default for new comments and the moderation word list, as an editor saved them. */
export async function updateCommentSettings(actor: Actor | null, rawInput: unknown) {
  authorize(actor, "comments:configure", undefined);
  const input = commentSettingsSchema.parse(rawInput);
  const closedByDefault = input.closedByDefault === "on";
  const before = await db.siteSettings.findUnique({ where: { id: 1 } });
  await db.$transaction(async (tx) => {
    const data = {
      commentsClosedByDefault: closedByDefault,
      moderationWords: input.words,
      moderationWordsEdited: true,
    };
    await tx.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comments.settings",
      targetType: "SiteSettings",
      targetId: "1",
      before: {
        commentsClosedByDefault: before?.commentsClosedByDefault ?? false,
        words: before?.moderationWordsEdited ? before.moderationWords.length : "shipped",
      },
      after: { commentsClosedByDefault: closedByDefault, words: input.words.length },
    });
  });
  return { tags: [tags.commentSettings] };
}
