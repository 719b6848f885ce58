import "server-only";
import { sharedCache } from "@/lib/cache/shared-cache";
import { env } from "@/lib/env";
import { checkDatabase, checkReplica } from "@/lib/health/check-database";
import { instanceId } from "@/lib/health/instance-id";

/**
 * The instance's view of what it depends on. `down` (HTTP 503, taken out of the load balancer)
 * only when the primary database is unreachable: without a replica or Redis an instance still
 * serves (reads fall back to the primary, pages render instead of coming from the shared cache),
 * which is `degraded`.
 */
export async function checkHealth() {
  const [database, replica, redisStatus] = await Promise.all([
    checkDatabase(),
    checkReplica(),
    sharedCache()?.status() ?? Promise.resolve(null),
  ]);
  const redis =
    redisStatus ??
    (env.REDIS_URL ? { configured: true, ok: false, error: "not loaded" } : { configured: false });
  const degraded = (replica.configured && !replica.ok) || (redis.configured && !redis.ok);
  const status = !database.ok ? "down" : degraded ? "degraded" : "ok";
  return { status, instance: instanceId, database, replica, redis };
}
