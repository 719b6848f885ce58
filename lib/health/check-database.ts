import "server-only";
import { db } from "@/lib/db";

/** Round-trips a query with a deadline, so a hung database reports as down instead of hanging the check. */
export async function checkDatabase(timeoutMs = 2000) {
  const started = performance.now();
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs)),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : "unknown" };
  }
}
