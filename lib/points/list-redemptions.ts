import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import type { RedemptionStatus } from "@/lib/generated/prisma/enums";
import { pointsBalance } from "@/lib/points/points-balance";

/** The desk's payout requests, pending first (oldest first, as a queue), then the latest decided. */
export async function listRedemptions(actor: Actor | null, status?: RedemptionStatus) {
  authorize(actor, "points:desk", undefined);
  const rows = await db.redemption.findMany({
    where: status ? { status } : {},
    orderBy: [{ createdAt: status === "PENDING" ? "asc" : "desc" }],
    take: 100,
    select: {
      id: true,
      points: true,
      method: true,
      accountMasked: true,
      status: true,
      decisionReason: true,
      paidReference: true,
      createdAt: true,
      decidedAt: true,
      paidAt: true,
      user: { select: { id: true, displayName: true, username: true } },
    },
  });
  const balances = new Map<string, number>();
  for (const row of rows)
    if (!balances.has(row.user.id)) balances.set(row.user.id, await pointsBalance(row.user.id));
  return rows.map((row) => ({
    ...row,
    balance: balances.get(row.user.id) ?? 0,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    paidAt: row.paidAt?.toISOString() ?? null,
  }));
}

export type DeskRedemption = Awaited<ReturnType<typeof listRedemptions>>[number];
