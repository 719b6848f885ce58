/**
 * CSRF guard for our own POST routes: a browser always sends Origin on a cross-site POST, and a page
 * elsewhere cannot make it name this site. Accepted: the configured site origin, or the host the
 * request was addressed to (the same check Next applies to server actions).
 */
export function isSameOrigin(headers: Headers, siteUrl: string): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
    if (new URL(siteUrl).origin === new URL(origin).origin) return true;
  } catch {
    return false;
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return Boolean(host) && originHost === host;
}
