import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { accrueViewPoints } from "@/lib/points/accrue-view-points";
import { pointsBalance } from "@/lib/points/points-balance";
import { getPointsSettings } from "@/lib/points/points-settings";

const LEDGER_LIMIT = 100;

/**
 * A writer's points: balance, the latest ledger entries with their reasons, redemptions and the
 * settings. Converts the writer's pending views first, so the page never lags the scheduler.
 */
export async function getPointsAccount(actor: Actor | null, userId?: string) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  const target = userId ?? actor.id;
  authorize(actor, "points:read", { id: target });
  await accrueViewPoints({ writerId: target });
  const [balance, entries, redemptions, settings, totals] = await Promise.all([
    pointsBalance(target),
    db.pointsEntry.findMany({
      where: { userId: target },
      orderBy: { id: "desc" },
      take: LEDGER_LIMIT,
      select: { id: true, kind: true, points: true, reason: true, createdAt: true },
    }),
    db.redemption.findMany({
      where: { userId: target },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: {
        id: true,
        points: true,
        method: true,
        accountMasked: true,
        status: true,
        decisionReason: true,
        paidReference: true,
        createdAt: true,
      },
    }),
    getPointsSettings(),
    db.pointsEntry.groupBy({ by: ["kind"], where: { userId: target }, _sum: { points: true } }),
  ]);
  const sumOf = (kind: string) => totals.find((t) => t.kind === kind)?._sum.points ?? 0;
  return {
    balance,
    earned: sumOf("ACCRUAL") + sumOf("BONUS"),
    reserved: -(sumOf("RESERVE") + sumOf("RELEASE")) || 0,
    entries: entries.map((e) => ({
      ...e,
      id: e.id.toString(),
      createdAt: e.createdAt.toISOString(),
    })),
    redemptions: redemptions.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    settings,
  };
}

export type PointsAccount = Awaited<ReturnType<typeof getPointsAccount>>;
