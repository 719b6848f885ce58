import "server-only";
import type { Db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import type { EmailMessage } from "@/lib/email/send-email";
import { describeNotification } from "@/lib/notifications/describe-notification";
import type { NotificationData, NotificationType } from "@/lib/notifications/notification-types";

/** A transaction client (`tx` of `db.$transaction`) or `db` itself. */
export type NotifyClient = {
  notification: Pick<Db["notification"], "create">;
  user: Pick<Db["user"], "findUnique">;
  article: Pick<Db["article"], "findUnique">;
};

export type NotifyInput = { userId: string; type: NotificationType; data: NotificationData };

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
];

/**
 * Tells a user about a change: writes the Notification row in the caller's transaction (so it
 * exists exactly when the change does) and returns the email to send AFTER the commit:
 *
 *   const email = await db.$transaction(async (tx) => { …change…; return notify(tx, input); });
 *   if (email) await sendEmail(email, { background: true });
 *
 * The outbox lives on the main client, which cannot join the transaction, so sending inside it
 * could mail about a change that then rolls back. Null when the address is not verified: it may
 * be a typo or someone else's; the bell and /notifikasi still show the notification.
 */
export async function notify(tx: NotifyClient, input: NotifyInput): Promise<EmailMessage | null> {
  await tx.notification.create({
    data: { userId: input.userId, type: input.type, data: input.data as Prisma.InputJsonObject },
    select: { id: true },
  });
  const user = await tx.user.findUnique({
    where: { id: input.userId },
    select: { email: true, displayName: true, emailVerifiedAt: true },
  });
  if (!user?.emailVerifiedAt) return null;

  const facts = await articleFacts(tx, input.data.articleId);
  const { text, href } = describeNotification(input.type, input.data, facts?.publicPath ?? null);
  const note = input.data.note ?? input.data.reason ?? facts?.note;
  const noteLine = note && NOTE_TYPES.includes(input.type) ? `\nCatatan redaksi: ${note}\n` : "";
  const site = env.SITE_URL.replace(/\/$/, "");
  return {
    to: user.email,
    subject: `${text} — Warta`,
    text: `Halo ${user.displayName},\n\n${text}.\n${noteLine}\nBuka: ${site}${href}\n\nSemua pemberitahuan Anda: ${site}/notifikasi\n\nSalam,\nRedaksi Warta`,
  };
}
