// Next's cache handler (next.config.js `cacheHandler`): ISR pages, route handlers and the data cache
// of `unstable_cache`. Next loads this file itself (a plain Node module, not bundled), so it reads
// its environment directly.
//
// - With REDIS_URL, entries live in Valkey/Redis through @fortedigital/nextjs-cache-handler (its
//   redis-strings handler), shared by every instance: a tag expired on one is gone for all.
// - Without it, Next's own file-system cache, exactly as before.
// - Either way, a cached page carries an `xkey` header naming its cache tags (Next knows them as
//   `x-next-cache-tags` but only sends them on its own platform), for the HTTP cache in front.
//
// The module also registers the process's "expire these tags now" on globalThis, so code that runs
// outside any request (the scheduler) can expire tags without Next's request-bound revalidateTag.
import fs from "node:fs";
import path from "node:path";
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import SharedCacheControlsModule from "next/dist/server/lib/incremental-cache/shared-cache-controls.external.js";
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "@redis/client";
import { createLocalLayer } from "./local-layer.mjs";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;
const { SharedCacheControls } = SharedCacheControlsModule;
const REGISTRY = Symbol.for("warta.sharedCache");
const registry = /** @type {Record<symbol, unknown>} */ (globalThis);

const redisUrl = process.env.REDIS_URL || "";
const building = process.env.NEXT_PHASE === "phase-production-build";
const useRedis = Boolean(redisUrl) && !building;

/** Pages of different builds reference different assets: each build keeps its own keys. */
function buildId() {
  const distDir = process.env.NEXT_DIST_DIR || ".next"; // as next.config.js chooses it
  try {
    return fs.readFileSync(path.resolve(distDir, "BUILD_ID"), "utf8").trim();
  } catch {
    return "dev";
  }
}

let redis = null;
let redisHandler = null;
let local = null;
if (useRedis) {
  let lastError = 0;
  redis = createClient({
    url: redisUrl,
    // Commands fail at once while Redis is away (pages render instead of waiting); the client
    // reconnects in the background.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000),
    },
  });
  redis.on("error", (error) => {
    // One line per 10 s is enough while Redis is down.
    if (Date.now() - lastError < 10_000) return;
    lastError = Date.now();
    console.error(`[cache] Redis: ${error?.message ?? error}`);
  });
  redis.connect().catch(() => {});
  const prefix = `warta:${buildId()}:`;
  redisHandler = createRedisHandler({ client: redis, keyPrefix: prefix, timeoutMs: 1000 });
  local = createLocalLayer({
    redis,
    channel: `${prefix}expired-tags`,
    log: (line) => console.error(`[cache] ${line}`),
  });
  CacheHandler.onCreation(() => ({ handlers: [redisHandler] }));
}

const BOUNDED = Symbol.for("warta.boundedMap");

/** A Map that forgets its least recently written entries beyond `limit`. */
class BoundedMap extends Map {
  constructor(limit) {
    super();
    this.limit = limit;
    this[BOUNDED] = true;
  }

  set(key, value) {
    this.delete(key);
    super.set(key, value);
    if (this.size > this.limit) this.delete(this.keys().next().value);
    return this;
  }
}

// Next remembers every ISR page's lifetime ({revalidate, expire}) in a process-wide Map that is
// never pruned: one entry, about 400 bytes, per distinct URL ever rendered, 35 MB of a 192 MB heap
// after a crawl of 90,000 articles. Every cached entry carries its own lifetime, which Next prefers
// when it reads the entry, so the Map only needs the pages that are cached at all: bounded here to
// the most recent 10,000.
const REMEMBERED_LIFETIMES = 10_000;
// (Next loads this module more than once in one process: the check is by marker, not by class.)
if (!SharedCacheControls.cacheControls[BOUNDED]) {
  const bounded = new BoundedMap(REMEMBERED_LIFETIMES);
  for (const [key, value] of SharedCacheControls.cacheControls) bounded.set(key, value);
  SharedCacheControls.cacheControls = bounded;
}

/** Names a cached response's own tags (Next's implicit `_N_T_` path tags left out) in `xkey`. */
function pageTagHeader(headers) {
  const raw = headers["x-next-cache-tags"];
  if (typeof raw !== "string") return;
  const own = raw.split(",").filter((tag) => tag && !tag.startsWith("_N_T_"));
  const present = typeof headers.xkey === "string" ? headers.xkey.split(" ") : [];
  const keys = [...new Set([...present, ...own])];
  if (keys.length) headers.xkey = keys.join(" ");
}

// FileSystemCache's tag expiry touches only Next's process-wide tags manifest (shared by every
// bundle in this process), never its instance, so one instance serves for expiring tags here.
const localTags = new FileSystemCache({});

/** Expires `tags` in this process and, with Redis, for every instance. Throws when Redis did not take it. */
async function expireTags(tags) {
  await localTags.revalidateTag(tags, { expire: 0 });
  if (!redisHandler) return;
  if (!redis.isReady) throw new Error("Redis is not connected");
  for (const tag of tags) await redisHandler.revalidateTag(tag);
  await local.expire(tags);
}

const RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000, 60_000, 120_000];

/**
 * Expiry that never throws: a failure is logged and retried in the background (for about four
 * minutes; after that the entries' own lifetimes still expire them).
 */
async function expireTagsReliably(tags) {
  const list = [...new Set(tags)];
  if (!list.length) return;
  const attempt = async (n) => {
    try {
      await expireTags(list);
      if (n > 0) console.log(`[cache] expired ${list.join(" ")} after ${n} retries`);
      return true;
    } catch (error) {
      const delay = RETRY_DELAYS_MS[n];
      console.error(
        `[cache] expiring ${list.join(" ")} failed (${error?.message ?? error})${delay ? `; retrying in ${delay / 1000} s` : "; giving up"}`,
      );
      if (delay) setTimeout(() => void attempt(n + 1), delay).unref();
      return false;
    }
  };
  await attempt(0);
}

async function status() {
  if (!useRedis) return { configured: false };
  const started = performance.now();
  try {
    if (!redis.isReady) throw new Error("not connected");
    await Promise.race([
      redis.ping(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 1000)),
    ]);
    return { configured: true, ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { configured: true, ok: false, error: error?.message ?? "unknown" };
  }
}

registry[REGISTRY] = { expireTags: expireTagsReliably, status, shared: useRedis };

export default class WartaCacheHandler {
  constructor(context) {
    this.inner = useRedis ? new CacheHandler(context) : new FileSystemCache(context);
  }

  async get(key, context) {
    const copy = local?.get(key);
    if (copy) return copy;
    const entry = await this.inner.get(key, context);
    local?.remember(key, entry);
    if (entry?.value?.headers) pageTagHeader(entry.value.headers);
    return entry;
  }

  async set(key, data, context) {
    // Before anything is awaited: Next sends this same headers object with the fresh response.
    if (data?.headers) pageTagHeader(data.headers);
    local?.forget(key);
    return this.inner.set(key, data, context);
  }

  async revalidateTag(tags) {
    await expireTagsReliably(typeof tags === "string" ? [tags] : [...tags]);
  }

  resetRequestCache() {
    this.inner.resetRequestCache?.();
  }
}
