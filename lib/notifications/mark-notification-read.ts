import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Marks one of the actor's own notifications read. Someone else's id is answered exactly like an
 * unknown one (NOT_FOUND), so ids cannot be probed.
 */
export async function markNotificationRead(
  actor: Actor | null,
  notificationId: string,
): Promise<void> {
  authorize(actor, "notification:read-own", undefined);
  const owned = await db.notification.findFirst({
    where: { id: notificationId, userId: actor.id },
    select: { readAt: true },
  });
  if (!owned) throw new AppError("NOT_FOUND", "Pemberitahuan tidak ditemukan.");
  // Keeps the first read time when the button is pressed twice.
  await db.notification.updateMany({
    where: { id: notificationId, userId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
}
