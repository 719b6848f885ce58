import "server-only";
import { db } from "@/lib/db";
import { REACTIONS, type ReactionKindName } from "@/lib/reactions/reaction-kinds";

// Readers' engagement with a writer's articles, for the stats loader (which authorizes first).
// Comments count as readers see them: published ones only (held, hidden, removed and deleted ones
// are not on the page), replies included, as the article cards' commentCount does. Reactions are
// the article's own (one per reader per article), per kind.

export type ReactionCounts = Record<ReactionKindName, number>;
export type Engagement = { comments: number; reactions: number; reactionsByKind: ReactionCounts };

export const noReactions = (): ReactionCounts =>
  Object.fromEntries(REACTIONS.map((r) => [r.kind, 0])) as ReactionCounts;

export async function countEngagement(articleIds: string[]): Promise<Map<string, Engagement>> {
  const result = new Map<string, Engagement>(
    articleIds.map((id) => [id, { comments: 0, reactions: 0, reactionsByKind: noReactions() }]),
  );
  if (!articleIds.length) return result;
  const [comments, reactions] = await Promise.all([
    db.comment.groupBy({
      by: ["articleId"],
      where: { articleId: { in: articleIds }, status: "PUBLISHED" },
      _count: { _all: true },
    }),
    db.reaction.groupBy({
      by: ["articleId", "kind"],
      where: { articleId: { in: articleIds } },
      _count: { _all: true },
    }),
  ]);
  for (const row of comments) {
    const entry = result.get(row.articleId);
    if (entry) entry.comments = row._count._all;
  }
  for (const row of reactions) {
    const entry = result.get(row.articleId);
    if (!entry) continue;
    entry.reactions += row._count._all;
    entry.reactionsByKind[row.kind] = row._count._all;
  }
  return result;
}
