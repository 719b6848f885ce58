/**
 * The client's address as the proxy in front of Next reports it: the first x-forwarded-for entry,
 * else x-real-ip, else "unknown" (all such clients then share one throttle bucket).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded.slice(0, 100);
  const real = headers.get("x-real-ip")?.trim();
  return real ? real.slice(0, 100) : "unknown";
}
