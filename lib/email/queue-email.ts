import "server-only";
import type { Db } from "@/lib/db";
import { enqueue, type JobClient } from "@/lib/jobs/enqueue";

export type EmailMessage = { to: string; subject: string; text: string; html?: string };

/** A transaction client (`tx` of `db.$transaction`) or `db` itself. */
export type EmailClient = JobClient & { outboxEmail: Pick<Db["outboxEmail"], "create"> };

/**
 * Puts a message in the outbox and queues its delivery, inside the caller's transaction: the email
 * exists exactly when the change it describes does, and SMTP is reached only after the commit, by
 * the job runner (retried with back-off when the server refuses). Without SMTP_URL the message stays
 * in the outbox (the demo shows it at /kotak-surat).
 */
export async function queueEmail(
  tx: EmailClient,
  message: EmailMessage,
): Promise<{ outboxId: string; jobId: string }> {
  const row = await tx.outboxEmail.create({
    data: {
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
    },
    select: { id: true },
  });
  const jobId = await enqueue(tx, "email.send", { outboxId: row.id });
  return { outboxId: row.id, jobId };
}
