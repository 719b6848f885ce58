"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { getActor } from "@/lib/auth/session";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";

export async function markNotificationReadAction(id: string) {
  return runAction(async () => {
    await markNotificationRead(await getActor(), z.string().min(1).max(64).parse(id));
    revalidatePath("/notifikasi");
  });
}

export async function markAllNotificationsReadAction() {
  return runAction(async () => {
    const result = await markAllNotificationsRead(await getActor());
    revalidatePath("/notifikasi");
    return result;
  });
}
