import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { passwordResetEmail } from "@/lib/email/account-emails";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { throttleKey } from "@/lib/rate-limit/policy";
import { emailSchema } from "@/lib/users/account-fields";
import { createUserToken } from "@/lib/users/user-token";

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
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, displayName: true, suspendedAt: true },
  });
  if (!user || user.suspendedAt) return;
  const token = await createUserToken(db, user.id, "RESET_PASSWORD");
  // In the background: waiting for SMTP only when the account exists would reveal that it does.
  await sendEmail(passwordResetEmail(user.email, user.displayName, token), { background: true });
}
