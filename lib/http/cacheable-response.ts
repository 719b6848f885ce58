import { createHash } from "node:crypto";
import { cacheTagHeaders } from "@/lib/cache/tag-headers";

export type CacheableOptions = {
  contentType: string;
  /** Cache tags of what the body was built from (lib/cache/tags.ts), named to an HTTP cache in front. */
  tags: Iterable<string>;
  /** Seconds a browser or feed reader may reuse the answer without asking again. */
  maxAge?: number;
  headers?: Record<string, string>;
};

/** A weak ETag from the body's bytes: the same content always gets the same tag. */
export function etagOf(body: string): string {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}

function matches(ifNoneMatch: string | null, etag: string) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .map((candidate) => candidate.trim())
    .some((candidate) => candidate === "*" || candidate.replace(/^W\//, "") === etag.slice(2));
}

/**
 * A cacheable reader answer (feed, sitemap, API document): ETag with 304 on a match, a short
 * browser lifetime and a long shared-cache one (shared caches are purged by tag when content
 * changes), and the cache tags as headers.
 */
export function cacheableResponse(request: Request, body: string, options: CacheableOptions) {
  const etag = etagOf(body);
  const maxAge = options.maxAge ?? 60;
  const headers: Record<string, string> = {
    "content-type": options.contentType,
    "cache-control": `public, max-age=${maxAge}, s-maxage=3600, stale-while-revalidate=60`,
    etag,
    ...cacheTagHeaders(options.tags),
    ...options.headers,
  };
  if (matches(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
