import "server-only";
import type { TxClient } from "@/lib/db-tx";
import type { EmailMessage } from "@/lib/email/send-email";
import { notify } from "@/lib/notifications/notify";
import type { NotificationData, NotificationType } from "@/lib/notifications/notification-types";

/** Notifies every active admin (they decide payouts); returns the emails to send after the commit. */
export async function notifyAdmins(
  tx: TxClient,
  type: NotificationType,
  data: NotificationData,
): Promise<EmailMessage[]> {
  const admins = await tx.user.findMany({
    where: { role: "ADMIN", suspendedAt: null },
    select: { id: true },
  });
  const emails: EmailMessage[] = [];
  for (const admin of admins) {
    const email = await notify(tx, { userId: admin.id, type, data });
    if (email) emails.push(email);
  }
  return emails;
}
