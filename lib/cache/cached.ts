import "server-only";
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { CACHE_SECONDS } from "@/lib/cache/tags";
import { readForReaders } from "@/lib/db-reader-scope";

/**
 * Caches a data loader in Next's data cache under `key`, tagged so a content change revalidates
 * every page that used it. Loaders return plain JSON (dates as ISO strings): the cache serialises.
 * React's `cache` also shares one call per request between generateMetadata and the page, which
 * matters when the data cache is bypassed (draft mode, first render). Reader loaders read published
 * content, so with DATABASE_REPLICA_URL they read from the replica.
 */
export function cached<Args extends unknown[], Result>(
  loader: (...args: Args) => Promise<Result>,
  key: string,
  tagsFor: (args: Args) => string[],
) {
  return cache((...args: Args) =>
    unstable_cache(() => readForReaders(() => loader(...args)), [key, JSON.stringify(args)], {
      tags: tagsFor(args),
      revalidate: CACHE_SECONDS,
    })(),
  );
}
