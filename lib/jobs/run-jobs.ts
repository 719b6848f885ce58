import "server-only";
import { db, Prisma } from "@/lib/db";
import { jobHandlers } from "@/lib/jobs/handlers";
import type { JobKind, JobPayloads } from "@/lib/jobs/job-kinds";

/** How long a claim holds: a runner that dies leaves its jobs to others once this has passed. */
const LEASE_MS = 5 * 60_000;
const BATCH = 20;
const KEEP_DONE_MS = 7 * 24 * 3600_000;

type Claimed = {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
};

/** Waits 30 s after the first failure, doubling up to an hour. */
export const retryDelayMs = (attempts: number) => Math.min(30_000 * 2 ** (attempts - 1), 3600_000);

/**
 * Claims due jobs (all of them, or only `ids`) with FOR UPDATE SKIP LOCKED, so any number of
 * server processes can run this at once and each job goes to one of them; the claim is a lease.
 */
async function claim(now: Date, ids: string[] | null): Promise<Claimed[]> {
  const onlyIds = ids ? Prisma.sql`AND id = ANY(${ids})` : Prisma.empty;
  return db.$queryRaw<Claimed[]>`
    UPDATE "Job" SET "lockedUntil" = ${new Date(now.getTime() + LEASE_MS)}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "Job"
      WHERE "doneAt" IS NULL AND "failedAt" IS NULL AND "runAt" <= ${now}
        AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now}) ${onlyIds}
      ORDER BY "runAt"
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, payload, attempts, "maxAttempts"`;
}

async function runOne(job: Claimed): Promise<boolean> {
  const handler = jobHandlers[job.kind as JobKind] as
    ((payload: JobPayloads[JobKind]) => Promise<void>) | undefined;
  try {
    if (!handler) throw new Error(`unknown job kind ${job.kind}`);
    await handler(job.payload as JobPayloads[JobKind]);
    await db.job.update({
      where: { id: job.id },
      data: { doneAt: new Date(), lockedUntil: null, lastError: null },
    });
    return true;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    const last = job.attempts >= job.maxAttempts;
    console.error(`[jobs] ${job.kind} ${job.id} attempt ${job.attempts} failed: ${reason}`);
    await db.job.update({
      where: { id: job.id },
      data: {
        lastError: reason,
        lockedUntil: null,
        ...(last
          ? { failedAt: new Date() }
          : { runAt: new Date(Date.now() + retryDelayMs(job.attempts)) }),
      },
    });
    return false;
  }
}

/**
 * Runs what is due, batch after batch, until nothing is left (or only `ids`, right after the commit
 * that queued them). Called from the scheduler tick; returns how many jobs succeeded and failed.
 */
export async function runJobs(
  options: { ids?: string[]; now?: Date } = {},
): Promise<{ done: number; failed: number }> {
  const totals = { done: 0, failed: 0 };
  const ids = options.ids ?? null;
  if (ids && ids.length === 0) return totals;
  for (;;) {
    const claimed = await claim(options.now ?? new Date(), ids);
    for (const job of claimed) {
      if (await runOne(job)) totals.done++;
      else totals.failed++;
    }
    if (claimed.length < BATCH || ids) break;
  }
  if (!ids)
    await db.job.deleteMany({ where: { doneAt: { lt: new Date(Date.now() - KEEP_DONE_MS) } } });
  return totals;
}

/**
 * Starts the given jobs now, without waiting for them (a request must not wait on SMTP). If this
 * process dies first, the scheduler tick of any server runs them.
 */
export function startJobs(ids: (string | null | undefined)[]): void {
  const due = ids.filter((id): id is string => Boolean(id));
  if (due.length === 0) return;
  void runJobs({ ids: due }).catch((error: unknown) =>
    console.error("[jobs] running right after commit failed:", error),
  );
}
