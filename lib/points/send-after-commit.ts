import "server-only";
import { sendEmail, type EmailMessage } from "@/lib/email/send-email";

/** Emails prepared inside a transaction, sent once it committed (see notify()). */
export async function sendAfterCommit(emails: (EmailMessage | null)[]): Promise<void> {
  for (const email of emails) if (email) await sendEmail(email, { background: true });
}
