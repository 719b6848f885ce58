import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ATTEMPT_LIMIT, WINDOW_SECONDS, tooManyAttemptsMessage } from "@/lib/rate-limit/policy";

type Row = { key: string; count: number; retryAfter: number };

/**
 * Counts one attempt against every key (fixed window, one atomic upsert) and throws
 * TOO_MANY_REQUESTS (details.retryAfterSeconds) when any key is past the limit. Counting before the
 * attempt is checked means concurrent requests cannot all slip through; a caller whose attempt
 * succeeds gives the count back with `forgiveRateLimit`, so only failures use up the allowance.
 */
export async function hitRateLimit(
  keys: string[],
  limit = ATTEMPT_LIMIT,
  windowSeconds = WINDOW_SECONDS,
): Promise<void> {
  // Sorted so two requests upserting the same pair of rows lock them in the same order (no deadlock).
  const unique = [...new Set(keys)].sort();
  if (unique.length === 0) return;
  const rows = await db.$queryRaw<Row[]>`
    INSERT INTO "RateLimit" (key, count, "windowStart")
    SELECT k, 1, now() FROM unnest(${unique}::text[]) AS k
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE "RateLimit".count + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING key, count,
      GREATEST(1, CEIL(EXTRACT(EPOCH FROM ("windowStart" + make_interval(secs => ${windowSeconds}) - now()))))::int AS "retryAfter"`;
  // Rows of windows long gone are dead weight; an occasional sweep keeps the table small without a job.
  if (Math.random() < 0.01)
    await db.$executeRaw`DELETE FROM "RateLimit" WHERE "windowStart" < now() - interval '1 day'`;
  const blocked = rows.filter((row) => row.count > limit);
  if (blocked.length === 0) return;
  const retryAfterSeconds = Math.max(...blocked.map((row) => row.retryAfter));
  throw new AppError("TOO_MANY_REQUESTS", tooManyAttemptsMessage(retryAfterSeconds), {
    retryAfterSeconds,
  });
}
