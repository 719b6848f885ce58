// Finding what to measure on a server whose content we do not know in advance: an article URL,
// and a draft-mode cookie that makes every request of the "cache bypassed" target render afresh.

// "/{section}/{slug}" links; sub-sections (/news/dunia) and writer or topic pages share the shape,
// so each candidate is confirmed by the og:type the article page declares.
const TWO_SEGMENT_HREF = /href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/g;
const NOT_SECTIONS = new Set(["topik", "penulis", "cari", "api", "bench", "_next"]);
const MAX_CANDIDATES = 10;

async function getText(url, init = {}) {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
  return { response, text: await response.text() };
}

/** The first article linked from /news, else from the home page; null when there is none. */
export async function findArticlePath(baseUrl) {
  const tried = new Set();
  for (const page of ["/news", "/"]) {
    const { response, text } = await getText(new URL(page, baseUrl));
    if (!response.ok) continue;
    for (const [, href] of text.matchAll(TWO_SEGMENT_HREF)) {
      if (tried.has(href) || NOT_SECTIONS.has(href.split("/")[1]) || tried.size >= MAX_CANDIDATES)
        continue;
      tried.add(href);
      const candidate = await getText(new URL(href, baseUrl), { redirect: "manual" });
      if (
        candidate.response.status === 200 &&
        /property="og:type" content="article"/.test(candidate.text)
      )
        return { path: href, foundOn: page };
    }
  }
  return null;
}

/** The headers that tell whether a page came from a cache: shown to the reader of the results. */
export async function probe(url, headers = {}) {
  const { response, text } = await getText(url, { headers, redirect: "manual" });
  return {
    status: response.status,
    bytes: Buffer.byteLength(text),
    cacheControl: response.headers.get("cache-control"),
    nextCache: response.headers.get("x-nextjs-cache"),
    prerender: response.headers.get("x-nextjs-prerender"),
  };
}

/**
 * Draft mode via GET /api/draft: the 307 carries the __prerender_bypass cookie (redirect not
 * followed, or the cookie would be lost). Returns the Cookie header to send, or a reason why not.
 */
export async function draftCookie(baseUrl, secret, to) {
  const url = new URL("/api/draft", baseUrl);
  url.search = new URLSearchParams({ secret, to }).toString();
  const { response } = await getText(url, { redirect: "manual" });
  if (response.status < 300 || response.status >= 400)
    return {
      error: `GET /api/draft answered ${response.status}, not a redirect (wrong --preview-secret?)`,
    };
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  if (!cookies.some((cookie) => cookie.startsWith("__prerender_bypass=")))
    return { error: "GET /api/draft set no __prerender_bypass cookie" };
  return { cookie: cookies.join("; ") };
}

/**
 * A draft-mode response must not be a cached one: Next marks it `private, no-cache, no-store`
 * and leaves out the x-nextjs-cache header that an ISR page served from its cache carries.
 */
export function bypassConfirmed(headers) {
  if (headers.status !== 200) return false;
  return /no-store/.test(headers.cacheControl ?? "") || !headers.nextCache;
}
