import "server-only";
import { env } from "@/lib/env";
import { noHttpCache, type HttpCachePurger } from "@/lib/cache/purge/http-cache-purger";
import { VarnishXkeyPurger } from "@/lib/cache/purge/varnish-xkey-purger";

let purger: HttpCachePurger | null = null;

/** The HTTP cache in front of this deployment: Varnish when VARNISH_PURGE_URLS names it, else none. */
export function httpCachePurger(): HttpCachePurger {
  purger ??= env.VARNISH_PURGE_URLS.length
    ? new VarnishXkeyPurger(env.VARNISH_PURGE_URLS)
    : noHttpCache;
  return purger;
}
