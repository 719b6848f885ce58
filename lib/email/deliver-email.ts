import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

let transporter: Transporter | undefined;

function smtp(url: string): Transporter {
  // A slow or silent server must not hold a runner for minutes (nodemailer's defaults).
  transporter ??= nodemailer.createTransport(url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return transporter;
}

const fromAddress = () => `"Warta" <noreply@${new URL(env.SITE_URL).hostname}>`;

/**
 * The "email.send" job: hands one outbox row to SMTP and sets sentAt. Already sent, or no SMTP_URL
 * (the demo keeps mail in the outbox): nothing to do. A refusal is written on the row and thrown, so
 * the job runner tries again later.
 */
export async function deliverOutboxEmail(outboxId: string): Promise<void> {
  const url = env.SMTP_URL;
  if (!url) return;
  const message = await db.outboxEmail.findUnique({ where: { id: outboxId } });
  if (!message || message.sentAt) return;
  try {
    await smtp(url).sendMail({
      from: fromAddress(),
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? undefined,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await db.outboxEmail.update({
      where: { id: outboxId },
      data: { error: reason.slice(0, 1000) },
    });
    throw error;
  }
  await db.outboxEmail.update({
    where: { id: outboxId },
    data: { sentAt: new Date(), error: null },
  });
}
