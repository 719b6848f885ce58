import "server-only";
import { db } from "@/lib/db";
import { REACTIONS } from "@/lib/reactions/reaction-kinds";

/** Reactions per kind on an article (every kind present, zero included). */
export async function countReactions(articleId: string): Promise<Record<string, number>> {
  const rows = await db.reaction.groupBy({
    by: ["kind"],
    where: { articleId },
    _count: { _all: true },
  });
  const counts: Record<string, number> = Object.fromEntries(REACTIONS.map((r) => [r.kind, 0]));
  for (const row of rows) counts[row.kind] = row._count._all;
  return counts;
}
