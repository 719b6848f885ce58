import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";

/** Marks every unread notification of the actor read; returns how many changed. */
export async function markAllNotificationsRead(actor: Actor | null): Promise<{ count: number }> {
  authorize(actor, "notification:read-own", undefined);
  const { count } = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
  return { count };
}
