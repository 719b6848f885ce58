import "server-only";
import { invalidateTagsOutsideRequest } from "@/lib/cache/invalidate";
import { instanceId } from "@/lib/health/instance-id";
import { runJobs } from "@/lib/jobs/run-jobs";
import { accrueViewPoints } from "@/lib/points/accrue-view-points";
import { rollUpArticleViews } from "@/lib/views/roll-up-views";
import { POPULAR_REFRESH_MS, refreshPopularArticles } from "@/lib/views/refresh-popular-articles";
import { publishDueArticles } from "@/lib/scheduler/publish-due-articles";
import { holdLease } from "@/lib/scheduler/scheduler-lease";

export type SchedulerOptions = {
  intervalMs: number;
};

const LEASE = "publication-scheduler";
/** How often the leader rolls up finished days of views and converts counted views to points. */
const UPKEEP_MS = 60 * 60 * 1000;

type SchedulerState = {
  timer: ReturnType<typeof setInterval>;
  beating: boolean;
  leader: boolean;
  lastTick: number;
  lastUpkeep: number;
  lastPopular: number;
  pendingTags: Set<string>;
};
const store = globalThis as { wartaScheduler?: SchedulerState };

/**
 * Starts the publication scheduler of this server process (once, however often it is called). With
 * several instances, exactly one runs it: every instance beats three times per interval, and the
 * beat takes or renews a lease of two thirds of an interval (lib/scheduler/scheduler-lease.ts). If
 * the leader dies, its lease runs out and another instance takes over within one interval. The
 * leader's first tick runs at once, so what fell due while no scheduler ran goes out on take-over.
 * Should two ever tick together, the conditional UPDATE in publishDueArticles still publishes each
 * article once. Tags whose revalidation did not go through are sent again with the next tick.
 */
export function startScheduler(options: SchedulerOptions): void {
  if (store.wartaScheduler) return;
  const beatMs = Math.max(100, Math.floor(options.intervalMs / 3));
  const leaseMs = 2 * beatMs;
  const state: SchedulerState = {
    timer: setInterval(() => void beat(), beatMs),
    beating: false,
    leader: false,
    lastTick: 0,
    lastUpkeep: 0,
    lastPopular: 0,
    pendingTags: new Set(),
  };
  // A timer must not keep a process alive that is otherwise shutting down.
  state.timer.unref();
  store.wartaScheduler = state;

  async function beat() {
    if (state.beating) return;
    state.beating = true;
    try {
      const leader = await holdLease(LEASE, instanceId, leaseMs);
      if (leader !== state.leader)
        console.log(
          `[scheduler] ${instanceId} ${leader ? "now runs" : "no longer runs"} the scheduler`,
        );
      state.leader = leader;
      if (leader && Date.now() - state.lastTick >= options.intervalMs - beatMs / 2) {
        state.lastTick = Date.now();
        await tick();
      }
      // After-commit work (emails, search words) runs on every instance, claimed with SKIP LOCKED,
      // so what a dead instance left behind is picked up too.
      await runJobs();
    } catch (error) {
      state.leader = false;
      console.error("[scheduler] beat failed:", error instanceof Error ? error.message : error);
    } finally {
      state.beating = false;
    }
  }

  async function tick() {
    if (Date.now() - state.lastUpkeep >= UPKEEP_MS) {
      state.lastUpkeep = Date.now();
      // Both are idempotent: a missed or repeated hour only moves the work to the next one.
      await rollUpArticleViews();
      await accrueViewPoints();
    }
    const published = await publishDueArticles();
    for (const publication of published) {
      console.log(`[scheduler] published ${publication.articleId} at ${publication.path}`);
      publication.tags.forEach((tag) => state.pendingTags.add(tag));
    }
    if (state.pendingTags.size && (await invalidateTagsOutsideRequest(state.pendingTags)))
      state.pendingTags.clear();
    // After publishing, so a failure here never delays an article that is due.
    if (Date.now() - state.lastPopular >= POPULAR_REFRESH_MS) {
      state.lastPopular = Date.now();
      await refreshPopularArticles();
    }
  }

  setTimeout(() => void beat(), 0);
}
