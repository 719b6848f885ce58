// Who is asking, decided once at the edge of the server (scripts/serve.mjs) before Next sees the
// request. Next itself only fills x-forwarded-for when it is missing, so without this any client
// could name its own address and step around the per-IP throttles and the view de-duplication.

/**
 * The client's address: the socket peer, or, behind `trustedProxies` proxies that each append the
 * address they saw to x-forwarded-for, the entry that many hops from the right. Entries further
 * left were written by the client and are ignored.
 */
export function clientAddress(remoteAddress, forwardedFor, trustedProxies = 0) {
  const chain = String(forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  chain.push(remoteAddress ?? "unknown");
  const hops = Math.max(0, Math.floor(Number(trustedProxies) || 0));
  const address = chain[Math.max(0, chain.length - 1 - hops)];
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "").slice(0, 100);
}
