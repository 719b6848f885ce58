import "server-only";

/** What lib/cache/next-cache-handler.mjs registers for this process when Next (or the server) loads it. */
export type SharedCache = {
  /** Expires tags in this process and, with Redis, on every instance; never throws (retries itself). */
  expireTags(tags: string[]): Promise<void>;
  status(): Promise<
    { configured: false } | { configured: true; ok: boolean; latencyMs?: number; error?: string }
  >;
  /** True when entries live in Redis, shared by every instance. */
  shared: boolean;
};

const REGISTRY = Symbol.for("warta.sharedCache");

/**
 * Next's cache handler of this process, or null before it was loaded (`next dev` loads it on the
 * first request; scripts/serve.mjs loads it before the server starts).
 */
export function sharedCache(): SharedCache | null {
  return ((globalThis as Record<symbol, unknown>)[REGISTRY] as SharedCache | undefined) ?? null;
}
