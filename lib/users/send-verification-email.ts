import "server-only";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { verificationEmail } from "@/lib/email/account-emails";
import { createUserToken } from "@/lib/users/user-token";

/**
 * Issues a fresh 48-hour verification link and emails it (through the outbox). `background` as in
 * sendEmail: sign-up must not wait for SMTP on one path only.
 */
export async function sendVerificationEmail(
  user: { id: string; email: string; displayName: string },
  options: { background?: boolean } = {},
): Promise<void> {
  const token = await createUserToken(db, user.id, "VERIFY_EMAIL");
  await sendEmail(verificationEmail(user.email, user.displayName, token), options);
}
