import "server-only";
import { db, type Db } from "@/lib/db";

export type ActiveBan = { until: Date | null; reason: string };

/** The ban that stops `userId` from commenting now (a permanent one wins over a dated one), or null. */
export async function activeBan(
  userId: string,
  client: { commentBan: Pick<Db["commentBan"], "findMany"> } = db,
  now = new Date(),
): Promise<ActiveBan | null> {
  const bans = await client.commentBan.findMany({
    where: { userId, OR: [{ until: null }, { until: { gt: now } }] },
    select: { until: true, reason: true },
  });
  if (bans.length === 0) return null;
  return (
    bans.find((ban) => ban.until === null) ??
    bans.reduce((a, b) => ((a.until?.getTime() ?? 0) >= (b.until?.getTime() ?? 0) ? a : b))
  );
}
