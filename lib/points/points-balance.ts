import "server-only";
import type { TxClient } from "@/lib/db-tx";
import { db } from "@/lib/db";

/** A writer's spendable points: the sum of the ledger (reservations for pending payouts already taken off). */
export async function pointsBalance(
  userId: string,
  client: TxClient | typeof db = db,
): Promise<number> {
  const sum = await client.pointsEntry.aggregate({ where: { userId }, _sum: { points: true } });
  return sum._sum.points ?? 0;
}
