"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";

const refresh = { paths: ["/notifikasi"] };

export const markNotificationReadAction = action(
  z.object({ id: z.string().min(1).max(64) }),
  (actor, { id }) => markNotificationRead(actor, id),
  { revalidate: refresh },
);

export const markAllNotificationsReadAction = action(
  z.object({}),
  (actor) => markAllNotificationsRead(actor),
  { revalidate: refresh },
);
