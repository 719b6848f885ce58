/**
 * CSRF guard for our own POST routes: a browser always says where a POST comes from, and a page
 * elsewhere cannot make it name this site. Accepted: an Origin equal to the configured site origin
 * or to the host the request was addressed to (the check Next applies to server actions); or, when
 * the browser withholds the origin (`Origin: null` under a strict referrer policy),
 * `Sec-Fetch-Site: same-origin`, a header no page can set.
 */
export function isSameOrigin(headers: Headers, siteUrl: string): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return headers.get("sec-fetch-site") === "same-origin";
  let parsed: URL;
  try {
    parsed = new URL(origin);
    if (new URL(siteUrl).origin === parsed.origin) return true;
  } catch {
    return false;
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return Boolean(host) && parsed.host === host;
}
