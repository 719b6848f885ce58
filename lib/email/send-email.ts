import "server-only";
import { db } from "@/lib/db";
import { isDemo } from "@/lib/env";
import { grantOutboxMessage } from "@/lib/email/outbox-viewer";
import { queueEmail, type EmailMessage } from "@/lib/email/queue-email";
import { runJobs, startJobs } from "@/lib/jobs/run-jobs";

export type { EmailMessage } from "@/lib/email/queue-email";

/**
 * An email that belongs to no verb's transaction (a verification or password-reset link): outbox
 * row and delivery job in one transaction of their own (lib/email/queue-email.ts), then delivery at
 * once. `background` returns before SMTP answers: a caller whose timing must not reveal anything
 * (password reset for an unknown email sends nothing) must not wait for an SMTP round trip. Should
 * this process die first, any server's job runner sends it.
 */
export async function sendEmail(
  message: EmailMessage,
  options: { background?: boolean } = {},
): Promise<{ id: string; sent: boolean }> {
  const { outboxId, jobId } = await db.$transaction((tx) => queueEmail(tx, message));
  // The demo shows the message at /kotak-surat to this browser (and admins) only.
  if (isDemo) await grantOutboxMessage(outboxId);
  if (options.background) {
    startJobs([jobId]);
    return { id: outboxId, sent: false };
  }
  await runJobs({ ids: [jobId] });
  const row = await db.outboxEmail.findUniqueOrThrow({
    where: { id: outboxId },
    select: { sentAt: true },
  });
  return { id: outboxId, sent: row.sentAt !== null };
}
