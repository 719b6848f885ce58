import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { passwordResetEmail } from "@/lib/email/account-emails";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { throttleKey } from "@/lib/rate-limit/policy";
import { emailSchema } from "@/lib/users/account-fields";
import { createUserToken } from "@/lib/users/user-token";

/**
 * Every answer takes at least this long: looking up, storing a token and queueing an email when the
 * address has an account took measurably longer (13 vs 8 ms) than finding nothing.
 */
export const RESET_ANSWER_MIN_MS = 300;

export const requestPasswordResetSchema = z.object({ email: emailSchema });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetSchema>;

/**
 * Emails a one-hour reset link when the address belongs to an active account. The caller answers
 * the same either way, so the form reveals nothing. Every request counts against the email's and
 * the IP's throttle (each one may send an email; no success to forgive). Takes no actor: the
 * visitor has lost their password.
 */
export async function requestPasswordReset(
  input: RequestPasswordResetInput,
  context: { ip: string },
): Promise<void> {
  await hitRateLimit([
    throttleKey("reset", "email", input.email),
    throttleKey("reset", "ip", context.ip),
  ]);
  const started = performance.now();
  try {
    await sendResetLinkIfAccount(input.email);
  } finally {
    const left = RESET_ANSWER_MIN_MS - (performance.now() - started);
    if (left > 0) await sleep(left);
  }
}

async function sendResetLinkIfAccount(email: string): Promise<void> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, displayName: true, suspendedAt: true },
  });
  if (!user || user.suspendedAt) return;
  const token = await createUserToken(db, user.id, "RESET_PASSWORD");
  // In the background: waiting for SMTP only when the account exists would reveal that it does.
  await sendEmail(passwordResetEmail(user.email, user.displayName, token), { background: true });
}
