import type { HttpCachePurger } from "@/lib/cache/purge/http-cache-purger";

const RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000, 60_000, 120_000];

/**
 * Purges `tags`, never rejecting: the first attempt is awaited (so a change is fresh through the
 * front when the editor's action returns), a failure is logged and retried in the background for
 * about four minutes. After that the cached responses' own lifetimes (s-maxage) still expire them.
 */
export async function purgeReliably(
  purger: HttpCachePurger,
  tags: string[],
  delaysMs: readonly number[] = RETRY_DELAYS_MS,
): Promise<boolean> {
  if (!tags.length) return true;
  const attempt = async (n: number): Promise<boolean> => {
    try {
      await purger.purge(tags);
      if (n > 0) console.log(`[purge] ${purger.name}: purged ${tags.join(" ")} after ${n} retries`);
      return true;
    } catch (error) {
      const delay = delaysMs[n];
      console.error(
        `[purge] ${purger.name}: purging ${tags.join(" ")} failed (${error instanceof Error ? error.message : error})${delay ? `; retrying in ${delay / 1000} s` : "; giving up"}`,
      );
      if (delay) setTimeout(() => void attempt(n + 1), delay).unref();
      return false;
    }
  };
  return attempt(0);
}
