import "server-only";
import type { TxClient } from "@/lib/db-tx";
import { countLinks } from "@/lib/comments/comment-text";
import { matchModerationWord, moderationWords } from "@/lib/comments/moderation-word-list";

/** A member's comments are held until this many of them have been published. */
export const TRUSTED_AFTER = 3;
/** More links than this in one comment hold it. */
export const MAX_LINKS = 2;

export type HoldReason = "FIRST_COMMENTS" | "LINKS" | "WORDS";

/**
 * Why a comment must wait for a moderator, or null to publish it at once. Editors and the writer of
 * the article are trusted by role; everyone else earns it with published comments.
 */
export async function holdReason(
  tx: TxClient,
  input: { authorId: string; body: string; trustedByRole: boolean },
): Promise<HoldReason | null> {
  if (countLinks(input.body) > MAX_LINKS) return "LINKS";
  if (matchModerationWord(input.body, await moderationWords())) return "WORDS";
  if (input.trustedByRole) return null;
  const published = await tx.comment.count({
    where: { authorId: input.authorId, status: "PUBLISHED" },
  });
  return published < TRUSTED_AFTER ? "FIRST_COMMENTS" : null;
}
