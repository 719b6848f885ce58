import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { env } from "@/lib/env";

// The demo outbox (/kotak-surat) shows a message only to the browser whose request wrote it (and
// to admins). That browser gets a short-lived, signed cookie naming the message ids; nobody else
// can name them, so a stranger sees no one's verification or reset link.

export const OUTBOX_COOKIE = "warta-kotak-surat";
const LIFETIME_SECONDS = 30 * 60;
const MAX_IDS = 20;

const sign = (payload: string) =>
  createHmac("sha256", `outbox:${env.NEXTAUTH_SECRET}`).update(payload).digest("base64url");

/** The message ids a cookie value grants, or none when it is forged, malformed or expired. */
export function outboxIdsFrom(value: string | undefined, now = Date.now()): string[] {
  const [payload, signature] = (value ?? "").split(".");
  if (!payload || !signature) return [];
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return [];
  const [expires, ...ids] = Buffer.from(payload, "base64url").toString("utf8").split(",");
  return Number(expires) > now ? ids.filter(Boolean) : [];
}

export function outboxCookieValue(ids: string[], now = Date.now()): string {
  const expires = now + LIFETIME_SECONDS * 1000;
  const payload = Buffer.from([expires, ...ids.slice(-MAX_IDS)].join(",")).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/**
 * Lets the current browser see outbox message `id`. Only inside a request that may set cookies (a
 * server action or route handler); elsewhere (the scheduler, a script) nobody is there to see it.
 */
export async function grantOutboxMessage(id: string): Promise<void> {
  try {
    const jar = await cookies();
    const ids = [...outboxIdsFrom(jar.get(OUTBOX_COOKIE)?.value), id];
    jar.set(OUTBOX_COOKIE, outboxCookieValue(ids), {
      httpOnly: true,
      sameSite: "lax",
      path: "/kotak-surat",
      secure: env.SITE_URL.startsWith("https://"),
      maxAge: LIFETIME_SECONDS,
    });
  } catch {
    // No request scope, or a render that cannot set cookies: the message stays admin-only.
  }
}
