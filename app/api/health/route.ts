// GET /api/health – this instance's status for load balancers, Varnish's probe and the start-up
// script: its id, the database, the replica and Redis. 503 only when the database is down.
import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "down" ? 503 : 200,
    headers: { "cache-control": "no-store" },
  });
}
