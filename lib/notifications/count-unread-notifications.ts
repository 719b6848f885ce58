import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";

/** How many of the actor's own notifications are unread (the bell's number). */
export async function countUnreadNotifications(actor: Actor | null): Promise<number> {
  authorize(actor, "notification:read-own", undefined);
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}
