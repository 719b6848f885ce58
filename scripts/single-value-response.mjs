import http from "node:http";

/**
 * Next (16.4) replays a cached redirect's headers with appendHeader on top of the ones it already
 * set, so a redirect from a page carries `Location` (and x-nextjs-stale-time) twice
 * (vercel/next.js#82117). Browsers cope; a proxy that merges repeated headers turns it into
 * "/a, /a" and breaks the redirect. This response refuses to append a value a header already has.
 */
export class SingleValueResponse extends http.ServerResponse {
  appendHeader(name, value) {
    const current = this.getHeader(name);
    const present = Array.isArray(current)
      ? current.map(String)
      : current === undefined
        ? []
        : [String(current)];
    const adding = (Array.isArray(value) ? value : [value])
      .map(String)
      .filter((v) => !present.includes(v));
    return adding.length
      ? super.appendHeader(name, adding.length === 1 ? adding[0] : adding)
      : this;
  }
}
