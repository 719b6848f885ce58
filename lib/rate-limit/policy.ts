import { createHash } from "node:crypto";

/** Attempts allowed per key in one fixed window; the next one is answered 429. */
export const ATTEMPT_LIMIT = 5;
export const WINDOW_SECONDS = 15 * 60;

export type ThrottleScope = "login" | "signup" | "reset" | "verify-resend";

/**
 * A RateLimit key. The identifier (email, IP, user id) is hashed so the table never holds a
 * plain list of addresses; the scope stays readable for operators.
 */
export function throttleKey(
  scope: ThrottleScope,
  kind: "email" | "ip" | "user",
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
