/**
 * Response headers that name a cacheable response's cache tags (the same names as lib/cache/tags.ts),
 * so an HTTP cache in front (Varnish xkey, a CDN's surrogate keys) can purge exactly what a change
 * touched. Route handlers that answer cacheable reader content (feeds, sitemaps, the public API)
 * spread these into their headers.
 */
export function cacheTagHeaders(tags: Iterable<string>): Record<string, string> {
  const keys = [...new Set(tags)].join(" ");
  return keys ? { xkey: keys } : {};
}
