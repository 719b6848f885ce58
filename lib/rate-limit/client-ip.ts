/**
 * The client's address. `npm start` (scripts/serve.mjs) overwrites x-forwarded-for with the one
 * address it trusts before Next sees the request (TRUST_PROXY_HOPS, scripts/client-address.mjs), so
 * the first entry is it. x-real-ip and "unknown" (one shared throttle bucket) are for other hosts.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded.slice(0, 100);
  const real = headers.get("x-real-ip")?.trim();
  return real ? real.slice(0, 100) : "unknown";
}
