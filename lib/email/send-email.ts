import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env, isDemo } from "@/lib/env";
import { grantOutboxMessage } from "@/lib/email/outbox-viewer";

export type EmailMessage = { to: string; subject: string; text: string; html?: string };

let transporter: Transporter | undefined;

function smtp(url: string): Transporter {
  // A slow or silent server must not hold a request for minutes (nodemailer's defaults).
  transporter ??= nodemailer.createTransport(url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return transporter;
}

const fromAddress = () => `"Warta" <noreply@${new URL(env.SITE_URL).hostname}>`;

async function deliver(id: string, message: EmailMessage, url: string): Promise<boolean> {
  try {
    await smtp(url).sendMail({
      from: fromAddress(),
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
    });
    await db.outboxEmail.update({ where: { id }, data: { sentAt: new Date(), error: null } });
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`[email] sending ${id} to SMTP failed: ${reason}`);
    await db.outboxEmail
      .update({ where: { id }, data: { error: reason.slice(0, 1000) } })
      .catch((updateError: unknown) => {
        console.error(`[email] could not record the failure of ${id}:`, updateError);
      });
    return false;
  }
}

/**
 * Records the message in the outbox first, so no email is ever silently lost, then hands it to
 * SMTP when SMTP_URL is set (sentAt on success, `error` on failure). Without SMTP_URL it stays in
 * the outbox (the demo shows it at /kotak-surat). `background` returns once the row is written and
 * lets delivery finish on its own: a caller whose timing must not reveal anything (password reset
 * for an unknown email sends nothing) must not wait for an SMTP round trip.
 */
export async function sendEmail(
  message: EmailMessage,
  options: { background?: boolean } = {},
): Promise<{ id: string; sent: boolean }> {
  const row = await db.outboxEmail.create({
    data: {
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
    },
    select: { id: true },
  });
  // The demo shows the message at /kotak-surat to this browser (and admins) only.
  if (isDemo) await grantOutboxMessage(row.id);
  const url = env.SMTP_URL;
  if (!url) return { id: row.id, sent: false };
  if (options.background) {
    void deliver(row.id, message, url);
    return { id: row.id, sent: false };
  }
  return { id: row.id, sent: await deliver(row.id, message, url) };
}
