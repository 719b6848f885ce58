import net from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { queueEmail } from "@/lib/email/queue-email";
import { createArticle, resetDatabase } from "@/test/factories";

const message = { to: "pembaca@example.test", subject: "Uji", text: "Halo" };

/** lib/env.ts reads the environment once, at import: load the runner afresh with SMTP_URL set. */
async function runnerWith(smtpUrl: string | undefined) {
  vi.resetModules();
  if (smtpUrl) vi.stubEnv("SMTP_URL", smtpUrl);
  return import("@/lib/jobs/run-jobs");
}

/** An SMTP address where nobody listens. */
async function deadSmtp(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `smtp://127.0.0.1:${port}`;
}

beforeEach(resetDatabase);
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("the job runner", () => {
  it("runs each job once even when several runners claim at the same time", async () => {
    const articles = await Promise.all(Array.from({ length: 25 }, () => createArticle()));
    await db.job.createMany({
      data: articles.map((a) => ({
        kind: "search.add-article-words",
        payload: { articleId: a.id },
      })),
    });
    const { runJobs } = await runnerWith(undefined);
    const results = await Promise.all([runJobs(), runJobs(), runJobs()]);
    expect(results.reduce((sum, r) => sum + r.done, 0)).toBe(25);
    expect(results.reduce((sum, r) => sum + r.failed, 0)).toBe(0);
    const jobs = await db.job.findMany();
    expect(jobs.every((job) => job.doneAt !== null && job.attempts === 1)).toBe(true);
  });

  it("keeps a refused email for later with back-off, and gives up after the last attempt", async () => {
    const { runJobs, retryDelayMs } = await runnerWith(await deadSmtp());
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { outboxId, jobId } = await db.$transaction((tx) => queueEmail(tx, message));
    await db.job.update({ where: { id: jobId }, data: { maxAttempts: 2 } });

    const before = Date.now();
    expect(await runJobs()).toEqual({ done: 0, failed: 1 });
    const waiting = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(waiting).toMatchObject({ attempts: 1, doneAt: null, failedAt: null, lockedUntil: null });
    expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(waiting.runAt.getTime()).toBeGreaterThanOrEqual(before + retryDelayMs(1) - 1000);
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: outboxId } })).error).toMatch(
      /ECONNREFUSED|connect/i,
    );
    // Not due yet: a second tick leaves it alone.
    expect(await runJobs()).toEqual({ done: 0, failed: 0 });

    expect(await runJobs({ now: new Date(waiting.runAt.getTime() + 1000) })).toEqual({
      done: 0,
      failed: 1,
    });
    const given = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(given).toMatchObject({ attempts: 2, doneAt: null });
    expect(given.failedAt).not.toBeNull();
    expect(await runJobs({ now: new Date(Date.now() + 86_400_000) })).toEqual({
      done: 0,
      failed: 0,
    });
  });

  it("takes over a job whose runner died once its lease has run out", async () => {
    const { runJobs } = await runnerWith(undefined);
    const { jobId } = await db.$transaction((tx) => queueEmail(tx, message));
    // A runner claimed it a while ago and never finished.
    await db.job.update({
      where: { id: jobId },
      data: { attempts: 1, lockedUntil: new Date(Date.now() + 60_000) },
    });
    expect(await runJobs()).toEqual({ done: 0, failed: 0 });
    expect(await runJobs({ now: new Date(Date.now() + 120_000) })).toEqual({ done: 1, failed: 0 });
    expect(await db.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ attempts: 2 });
    expect((await db.job.findUniqueOrThrow({ where: { id: jobId } })).doneAt).not.toBeNull();
  });

  it("never sends an email whose transaction rolled back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await queueEmail(tx, message);
        throw new Error("batal");
      }),
    ).rejects.toThrow("batal");
    expect(await db.outboxEmail.count()).toBe(0);
    expect(await db.job.count()).toBe(0);
  });
});
