import "server-only";
import { runJobs } from "@/lib/jobs/run-jobs";
import { publishDueArticles } from "@/lib/scheduler/publish-due-articles";
import { requestRevalidation } from "@/lib/scheduler/request-revalidation";
import { revalidateSecret } from "@/lib/scheduler/revalidate-secret";

export type SchedulerOptions = {
  intervalMs: number;
  /** Where this server answers on loopback, for the revalidation request. */
  origin: string;
};

type SchedulerState = {
  timer: ReturnType<typeof setInterval>;
  running: boolean;
  pendingTags: Set<string>;
};
const store = globalThis as { wartaScheduler?: SchedulerState };

/**
 * Starts the publication scheduler of this server process (once, however often it is called). The
 * first tick runs at once, so what fell due while the server was down goes out on start. Ticks never
 * overlap in one process; across processes the conditional UPDATE in publishDueArticles decides.
 * Tags whose revalidation failed are sent again with the next tick.
 */
export function startScheduler(options: SchedulerOptions): void {
  if (store.wartaScheduler) return;
  revalidateSecret();
  const state: SchedulerState = {
    timer: setInterval(() => void tick(), options.intervalMs),
    running: false,
    pendingTags: new Set(),
  };
  // A timer must not keep a process alive that is otherwise shutting down.
  state.timer.unref();
  store.wartaScheduler = state;

  async function tick() {
    if (state.running) return;
    state.running = true;
    try {
      const published = await publishDueArticles();
      for (const publication of published) {
        console.log(`[scheduler] published ${publication.articleId} at ${publication.path}`);
        publication.tags.forEach((tag) => state.pendingTags.add(tag));
      }
      if (
        state.pendingTags.size &&
        (await requestRevalidation(options.origin, [...state.pendingTags]))
      )
        state.pendingTags.clear();
      // After-commit work of every server (emails, search words), including what a dead one left.
      await runJobs();
    } catch (error) {
      console.error("[scheduler] tick failed:", error);
    } finally {
      state.running = false;
    }
  }

  // Not awaited: register() must return before this server can answer the revalidation request.
  setTimeout(() => void tick(), 0);
}
