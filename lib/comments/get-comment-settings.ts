import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { shippedModerationWords } from "@/lib/comments/moderation-word-list";

/** What the desk's settings form starts from. */
export async function getCommentSettings(actor: Actor | null) {
  authorize(actor, "comments:configure", undefined);
  const row = await db.siteSettings.findUnique({ where: { id: 1 } });
  return {
    closedByDefault: row?.commentsClosedByDefault ?? false,
    words: row?.moderationWordsEdited ? row.moderationWords : shippedModerationWords(),
    edited: row?.moderationWordsEdited ?? false,
  };
}
