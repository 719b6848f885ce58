import "server-only";
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { CACHE_SECONDS } from "@/lib/cache/tags";

/**
 * Caches a data loader in Next's data cache under `key`, tagged so a content change revalidates
 * every page that used it. Loaders return plain JSON (dates as ISO strings): the cache serialises.
 * React's `cache` also shares one call per request between generateMetadata and the page, which
 * matters when the data cache is bypassed (draft mode, first render).
 */
export function cached<Args extends unknown[], Result>(
  loader: (...args: Args) => Promise<Result>,
  key: string,
  tagsFor: (args: Args) => string[],
) {
  return cache((...args: Args) =>
    unstable_cache(() => loader(...args), [key, JSON.stringify(args)], {
      tags: tagsFor(args),
      revalidate: CACHE_SECONDS,
    })(),
  );
}
