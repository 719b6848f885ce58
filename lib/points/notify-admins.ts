import "server-only";
import type { TxClient } from "@/lib/db-tx";
import { notify, type QueuedEmail } from "@/lib/notifications/notify";
import type { NotificationData, NotificationType } from "@/lib/notifications/notification-types";

/** Notifies every active admin (they decide payouts); returns the emails it queued. */
export async function notifyAdmins(
  tx: TxClient,
  type: NotificationType,
  data: NotificationData,
): Promise<QueuedEmail[]> {
  const admins = await tx.user.findMany({
    where: { role: "ADMIN", suspendedAt: null },
    select: { id: true },
  });
  const emails: QueuedEmail[] = [];
  for (const admin of admins) {
    const email = await notify(tx, { userId: admin.id, type, data });
    if (email) emails.push(email);
  }
  return emails;
}
