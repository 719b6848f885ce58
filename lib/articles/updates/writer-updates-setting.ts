import "server-only";
import type { TxClient } from "@/lib/db-tx";
import { db } from "@/lib/db";

/** Whether Verified Writers may propose updates of their live articles; the row is created lazily (default on). */
export async function writerUpdatesAllowed(client: TxClient | typeof db = db): Promise<boolean> {
  const row = await client.siteSettings.findUnique({
    where: { id: 1 },
    select: { writerUpdatesAllowed: true },
  });
  return row?.writerUpdatesAllowed ?? true;
}
