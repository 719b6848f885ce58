import "server-only";
import { db } from "@/lib/db";
import { replicaClient } from "@/lib/db-replica";

type Queryable = { $queryRaw(query: TemplateStringsArray): Promise<unknown> };

/** Round-trips a query with a deadline, so a hung database reports as down instead of hanging the check. */
async function ping(client: Queryable, timeoutMs: number) {
  const started = performance.now();
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs)),
    ]);
    return { ok: true as const, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false as const, error: error instanceof Error ? error.message : "unknown" };
  }
}

export function checkDatabase(timeoutMs = 2000) {
  return ping(db, timeoutMs);
}

/** The read replica (DATABASE_REPLICA_URL), when there is one. */
export async function checkReplica(timeoutMs = 2000) {
  const replica = replicaClient();
  if (!replica) return { configured: false as const };
  return { configured: true as const, ...(await ping(replica, timeoutMs)) };
}
