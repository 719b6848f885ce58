import "server-only";
import { db } from "@/lib/db";

/**
 * Takes or renews the lease `name` for `holder` for `ttlMs`, in one statement: granted when nobody
 * holds it, when `holder` already does, or when the holder's lease has expired (it stopped renewing:
 * died, hung, lost the database). The database's clock decides, so instances' clocks need not
 * agree. A row rather than a session advisory lock, so it works through PgBouncer in transaction mode.
 */
export async function holdLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
  const rows = await db.$queryRaw<{ holder: string }[]>`
    INSERT INTO "SchedulerLease" ("name", "holder", "expiresAt")
    VALUES (${name}, ${holder}, now() + make_interval(secs => ${ttlMs / 1000}::double precision))
    ON CONFLICT ("name") DO UPDATE SET "holder" = EXCLUDED."holder", "expiresAt" = EXCLUDED."expiresAt"
    WHERE "SchedulerLease"."holder" = EXCLUDED."holder" OR "SchedulerLease"."expiresAt" < now()
    RETURNING "holder"`;
  return rows.length === 1;
}
