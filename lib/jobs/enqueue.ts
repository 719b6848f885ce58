import "server-only";
import type { Db, Prisma } from "@/lib/db";
import type { JobKind, JobPayloads } from "@/lib/jobs/job-kinds";

/** A transaction client (`tx` of `db.$transaction`) or `db` itself. */
export type JobClient = { job: Pick<Db["job"], "create"> };

/**
 * Queues work to run after the caller's transaction commits. Called with the verb's own `tx`, the job
 * exists exactly when the change does: a rollback takes it away, a crash after the commit leaves it
 * for the next runner (lib/jobs/run-jobs.ts). Returns the job's id, for `startJobs` after the commit.
 */
export async function enqueue<K extends JobKind>(
  tx: JobClient,
  kind: K,
  payload: JobPayloads[K],
  options: { runAt?: Date } = {},
): Promise<string> {
  const job = await tx.job.create({
    data: { kind, payload: payload as Prisma.InputJsonObject, runAt: options.runAt },
    select: { id: true },
  });
  return job.id;
}
