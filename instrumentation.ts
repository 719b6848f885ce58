// Next calls register() once when a server process starts, before it answers requests. Warta uses it
// to keep finished renders from pinning memory (lib/cache/drop-abort-reason-frames.ts), and to run
// the publication scheduler inside the server (lib/scheduler), so scheduled articles go out on time
// with no page opened and no separate cron process to deploy.
//
// This file reads process.env directly: NEXT_RUNTIME must be written literally for Next to compile
// the Node.js-only import out of other runtimes, NEXT_PHASE is set by Next itself, and the
// scheduler's interval is an operational knob of this file alone.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { dropAbortReasonFrames } = await import("./lib/cache/drop-abort-reason-frames");
  dropAbortReasonFrames();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { WARTA_SCHEDULER_INTERVAL_MS } = process.env;
  const { startScheduler } = await import("./lib/scheduler/start-scheduler");
  startScheduler({
    // WARTA_SCHEDULER_INTERVAL_MS: how often due scheduled articles are looked for (default 15 s, at least 1 s).
    intervalMs: Math.max(1000, Number(WARTA_SCHEDULER_INTERVAL_MS) || 15_000),
  });
}
