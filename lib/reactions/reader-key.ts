import "server-only";
import type { Actor } from "@/lib/auth/can";
import { jakartaDay } from "@/lib/format/dates";
import { daySalt, visitorHash } from "@/lib/views/record-view";

export type Visitor = { ip: string; userAgent: string };

/**
 * Who reacts: a signed-in reader by account; anyone else by the same salted daily hash as views
 * (no cookie, no stored IP). The hash is scoped to reactions so it matches no view row.
 */
export async function readerKey(
  actor: Actor | null,
  articleId: string,
  visitor: Visitor,
  now = new Date(),
) {
  if (actor) return { userId: actor.id, visitorHash: null };
  const salt = await daySalt(jakartaDay(now));
  return {
    userId: null,
    visitorHash: visitorHash(salt, visitor.ip, visitor.userAgent, `reaction:${articleId}`),
  };
}
