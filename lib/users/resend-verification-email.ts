import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { throttleKey } from "@/lib/rate-limit/policy";
import { sendVerificationEmail } from "@/lib/users/send-verification-email";

/**
 * "Kirim ulang": a new verification link for the signed-in user, throttled per account (every
 * request counts, since each one sends an email). Returns where it was sent.
 */
export async function resendVerificationEmail(actor: Actor | null): Promise<{ email: string }> {
  authorize(actor, "profile:edit", { id: actor?.id ?? "" });
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, email: true, displayName: true, emailVerifiedAt: true },
  });
  if (user.emailVerifiedAt) throw new AppError("CONFLICT", "Email Anda sudah terverifikasi.");
  await hitRateLimit([throttleKey("verify-resend", "user", actor.id)]);
  await sendVerificationEmail(user);
  return { email: user.email };
}
