import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

// The bound on Next's page and data cache (bench/README.md, "Cache bound"): rendered pages stay in
// Next's in-memory LRU of cacheMaxMemorySize bytes and are never written to disk. Checked with the
// cache Next itself uses when no cacheHandler is configured, fed with the settings of next.config.js.

type Cache = {
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  get(key: string, ctx: Record<string, unknown>): Promise<{ value: unknown } | null>;
};
type CacheClass = new (ctx: Record<string, unknown>) => Cache;

const require = createRequire(import.meta.url);
const FileSystemCache = (
  require("next/dist/server/lib/incremental-cache/file-system-cache.js") as { default: CacheClass }
).default;
/** Next's default when cacheMaxMemorySize is not set. */
const NEXT_DEFAULT_MEMORY = 50 * 1024 * 1024;

function page(i: number) {
  const html = `<html>${"x".repeat(60_000)}${i}</html>`;
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from(html),
    headers: {},
    status: 200,
    postponed: undefined,
    segmentData: undefined,
  };
}

describe("the page cache bound", () => {
  it("keeps pages in a memory LRU of cacheMaxMemorySize and writes nothing to disk", async () => {
    const loaded = (await import(pathToFileURL(path.resolve("next.config.js")).href)) as {
      default: { cacheMaxMemorySize?: number; experimental?: Record<string, unknown> };
    };
    const config = loaded.default;
    // (A cacheHandler, when one is configured, replaces this cache and brings its own bound.)
    expect(config.experimental?.isrFlushToDisk).toBe(false);
    const limit = config.cacheMaxMemorySize ?? NEXT_DEFAULT_MEMORY;
    expect(limit).toBeLessThanOrEqual(64 * 1024 * 1024);

    const distDir = fs.mkdtempSync(path.join(os.tmpdir(), "warta-cache-bound-"));
    try {
      const cache = new FileSystemCache({
        fs: { ...fs.promises, existsSync: fs.existsSync, readFileSync: fs.readFileSync },
        serverDistDir: distDir,
        flushToDisk: config.experimental?.isrFlushToDisk,
        maxMemoryCacheSize: limit,
        revalidatedTags: [],
        dev: false,
      });
      // About 120 KB a page: three times the limit's worth of distinct pages.
      const pages = Math.ceil((3 * limit) / 120_000);
      const ctx = {
        kind: "APP_PAGE",
        isRoutePPREnabled: false,
        cacheControl: { revalidate: 3600 },
      };
      for (let i = 0; i < pages; i++) await cache.set(`/news/artikel-${i}`, page(i), ctx);

      const getCtx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
      // The oldest pages were evicted, the newest are served from memory.
      expect(await cache.get("/news/artikel-0", getCtx)).toBeNull();
      expect(await cache.get(`/news/artikel-${pages - 1}`, getCtx)).not.toBeNull();
      let kept = 0;
      for (let i = 0; i < pages; i++) if (await cache.get(`/news/artikel-${i}`, getCtx)) kept++;
      expect(kept * 120_000).toBeLessThanOrEqual(limit * 1.05);
      expect(kept).toBeGreaterThan(0);
      // And nothing reached the disk.
      expect(fs.readdirSync(distDir, { recursive: true })).toEqual([]);
    } finally {
      fs.rmSync(distDir, { recursive: true, force: true });
    }
  });

  it("bounds the lifetimes Next remembers per page, which it never prunes itself", async () => {
    type Lifetimes = { cacheControls: Map<string, unknown> };
    const { SharedCacheControls } =
      require("next/dist/server/lib/incremental-cache/shared-cache-controls.external.js") as {
        SharedCacheControls: (new (manifest: unknown) => { set(k: string, v: unknown): void }) &
          Lifetimes;
      };
    await import(pathToFileURL(path.resolve("lib/cache/next-cache-handler.mjs")).href);
    // What Next's incremental cache does for every page it stores.
    const lifetimes = new SharedCacheControls({ routes: {}, dynamicRoutes: {} });
    for (let i = 0; i < 12_000; i++)
      lifetimes.set(`/id/news/artikel-${i}`, { revalidate: 3600, expire: undefined });
    const remembered = SharedCacheControls.cacheControls;
    expect(remembered.size).toBe(10_000);
    expect(remembered.has("/id/news/artikel-0")).toBe(false);
    expect(remembered.get("/id/news/artikel-11999")).toEqual({
      revalidate: 3600,
      expire: undefined,
    });
    // Writing a page again makes it the newest: it outlives pages written before it.
    lifetimes.set("/id/news/artikel-2000", { revalidate: 60 });
    for (let i = 12_000; i < 12_100; i++)
      lifetimes.set(`/id/news/artikel-${i}`, { revalidate: 3600 });
    expect(remembered.has("/id/news/artikel-2000")).toBe(true);
    expect(remembered.has("/id/news/artikel-2001")).toBe(false);
  });
});
