import "server-only";
import type { TxClient } from "@/lib/db-tx";
import { db } from "@/lib/db";

export type PointsSettings = {
  viewsPerPoint: number;
  minimumRedemption: number;
  rupiahPerPoint: number;
};

export const DEFAULT_POINTS_SETTINGS: PointsSettings = {
  viewsPerPoint: 100,
  minimumRedemption: 500,
  rupiahPerPoint: 100,
};

/** The admins' settings (the migration inserts the row; the defaults stand in if it is missing). */
export async function getPointsSettings(
  client: TxClient | typeof db = db,
): Promise<PointsSettings> {
  const row = await client.pointsSettings.findUnique({
    where: { id: 1 },
    select: { viewsPerPoint: true, minimumRedemption: true, rupiahPerPoint: true },
  });
  return row ?? DEFAULT_POINTS_SETTINGS;
}
