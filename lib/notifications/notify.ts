import "server-only";
import type { Db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import { queueEmail, type EmailClient, type EmailMessage } from "@/lib/email/queue-email";
import { describeNotification } from "@/lib/notifications/describe-notification";
import {
  EMAILED_TYPES,
  type NotificationData,
  type NotificationType,
} from "@/lib/notifications/notification-types";

/** A transaction client (`tx` of `db.$transaction`) or `db` itself. */
export type NotifyClient = EmailClient & {
  notification: Pick<Db["notification"], "create">;
  user: Pick<Db["user"], "findUnique">;
  article: Pick<Db["article"], "findUnique">;
};

/** The email a notification queued: its outbox row and its delivery job. */
export type QueuedEmail = { outboxId: string; jobId: string };

export type NotifyInput = {
  userId: string;
  type: NotificationType;
  data: NotificationData;
  /** Paragraphs for the email only (the bell shows the short text). */
  emailLines?: string[];
};

async function articleFacts(tx: NotifyClient, articleId: string | undefined) {
  if (!articleId) return null;
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: {
      slug: true,
      status: true,
      reviewNote: true,
      unpublishReason: true,
      section: { select: sectionPathSelect },
    },
  });
  if (!article) return null;
  return {
    publicPath: article.status === "PUBLISHED" ? articlePath(article.slug, article.section) : null,
    note: article.status === "UNPUBLISHED" ? article.unpublishReason : article.reviewNote,
  };
}

const NOTE_TYPES: NotificationType[] = [
  "article.changes_requested",
  "article.rejected",
  "article.unpublished",
  "article.update_returned",
];

async function composeEmail(
  tx: NotifyClient,
  user: { email: string; displayName: string },
  input: NotifyInput,
): Promise<EmailMessage> {
  const facts = await articleFacts(tx, input.data.articleId);
  const { text, href } = describeNotification(input.type, input.data, facts?.publicPath ?? null);
  const note = input.data.note ?? input.data.reason ?? facts?.note;
  const noteLine = note && NOTE_TYPES.includes(input.type) ? `\nCatatan redaksi: ${note}\n` : "";
  const extra = input.emailLines?.length ? `\n${input.emailLines.join("\n\n")}\n` : "";
  const site = env.SITE_URL.replace(/\/$/, "");
  const subject =
    input.type === "article.published"
      ? `Artikel Anda terbit: ${input.data.title ?? ""}`
      : `${text} — Warta`;
  return {
    to: user.email,
    subject,
    text: `Halo ${user.displayName},\n\n${text}.\n${noteLine}${extra}\nBuka: ${site}${href}\n\nSemua pemberitahuan Anda: ${site}/notifikasi\n\nSalam,\nRedaksi Warta`,
  };
}

/**
 * The one door for telling a user about a change, called with the verb's own transaction: writes the
 * Notification row and, for the types that are emailed (EMAILED_TYPES) to a verified address, the
 * email's outbox row and its delivery job (lib/email/queue-email.ts). All of it commits or rolls back
 * with the change; SMTP is reached only after the commit. Returns the queued email (pass its jobId
 * to `startJobs` after the commit), or null when nothing is mailed: an unverified address may be a typo
 * or someone else's; the bell and /notifikasi still show the notification.
 */
export async function notify(tx: NotifyClient, input: NotifyInput): Promise<QueuedEmail | null> {
  await tx.notification.create({
    data: { userId: input.userId, type: input.type, data: input.data as Prisma.InputJsonObject },
    select: { id: true },
  });
  if (!EMAILED_TYPES.includes(input.type)) return null;
  const user = await tx.user.findUnique({
    where: { id: input.userId },
    select: { email: true, displayName: true, emailVerifiedAt: true },
  });
  if (!user?.emailVerifiedAt) return null;
  return queueEmail(tx, await composeEmail(tx, user, input));
}
