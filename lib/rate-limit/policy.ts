import { createHash } from "node:crypto";

/** Attempts allowed per key in one fixed window; the next one is answered 429. */
export const ATTEMPT_LIMIT = 5;
export const WINDOW_SECONDS = 15 * 60;

/**
 * Log-in throttles, chosen so that nobody can be locked out by someone else:
 * - per (address, account): 5 failures per 15 minutes, then 429 — the strict part, which only
 *   the one guessing from that address meets;
 * - per address: 300 failures per 15 minutes — in Indonesia a mobile carrier's NAT, an office or a
 *   campus puts thousands of people behind one public address, so this only stops a flood;
 * - per account: never refused; after 5 failures in 15 minutes from anywhere, every attempt on that
 *   account waits first (0.25 s, doubling with each further failure, at most 4 s), which makes
 *   guessing slow without keeping the owner out. Successes count for nothing.
 */
export const LOGIN_PAIR_LIMIT = 5;
export const LOGIN_ADDRESS_LIMIT = 300;
export const ACCOUNT_SLOWDOWN_AFTER = 5;
export const ACCOUNT_SLOWDOWN_FIRST_MS = 250;
export const ACCOUNT_SLOWDOWN_MAX_MS = 4000;

/** How long an attempt on an account with `failures` recent failures waits before it is checked. */
export function accountDelayMs(failures: number): number {
  if (failures <= ACCOUNT_SLOWDOWN_AFTER) return 0;
  const doublings = failures - ACCOUNT_SLOWDOWN_AFTER - 1;
  return Math.min(
    ACCOUNT_SLOWDOWN_MAX_MS,
    ACCOUNT_SLOWDOWN_FIRST_MS * 2 ** Math.min(doublings, 10),
  );
}

export type ThrottleScope = "login" | "signup" | "reset" | "verify-resend" | "views";

/**
 * A RateLimit key. The identifier (email, IP, user id) is hashed so the table never holds a
 * plain list of addresses; the scope stays readable for operators.
 */
export function throttleKey(
  scope: ThrottleScope,
  kind: "email" | "ip" | "user" | "pair",
  identifier: string,
): string {
  const digest = createHash("sha256")
    .update(identifier.trim().toLowerCase())
    .digest("hex")
    .slice(0, 32);
  return `${scope}:${kind}:${digest}`;
}

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  return `Terlalu banyak percobaan. Coba lagi dalam ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} menit.`;
}
