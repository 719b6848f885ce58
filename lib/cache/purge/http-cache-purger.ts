/**
 * Forgets cached responses by cache tag in an HTTP cache in front of the app. Varnish (xkey) is
 * the one implemented; a CDN (Fastly surrogate keys, Cloudflare cache tags) fits the same shape.
 */
export interface HttpCachePurger {
  readonly name: string;
  /** Purges every response tagged with any of `tags`; rejects when the cache did not confirm. */
  purge(tags: string[]): Promise<void>;
}

/** No HTTP cache in front (one process, `npm start`): nothing to purge. */
export const noHttpCache: HttpCachePurger = {
  name: "none",
  purge: async () => {},
};
