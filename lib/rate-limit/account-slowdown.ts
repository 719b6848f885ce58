import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { accountDelayMs, WINDOW_SECONDS } from "@/lib/rate-limit/policy";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";

/** Recent failures counted against `key` (within the current window). */
async function recentFailures(key: string): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    SELECT count FROM "RateLimit"
    WHERE key = ${key} AND "windowStart" > now() - make_interval(secs => ${WINDOW_SECONDS})`;
  return rows[0]?.count ?? 0;
}

/**
 * Waits as long as the account's recent failures ask (lib/rate-limit/policy.ts) and says how long.
 * Every attempt waits, right or wrong, before the password is checked: a wait only for wrong
 * passwords would tell a guesser to give up on any answer that does not come at once.
 */
export async function slowDownAccount(key: string): Promise<number> {
  const delay = accountDelayMs(await recentFailures(key));
  if (delay > 0) await sleep(delay);
  return delay;
}

/** Counts one failure against the account (never refuses: the account is slowed, not locked). */
export async function countAccountFailure(key: string): Promise<void> {
  await hitRateLimit([key], Number.MAX_SAFE_INTEGER);
}
