import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";

/** The door of the desk: refuses anyone but editors and admins, and counts what waits, for the navigation. */
export async function enterDesk(
  actor: Actor | null,
): Promise<{ waiting: number; scheduled: number }> {
  authorize(actor, "desk:enter", undefined);
  const [waiting, scheduled] = await Promise.all([
    db.article.count({ where: { status: { in: ["SUBMITTED", "IN_REVIEW"] } } }),
    db.article.count({ where: { status: "SCHEDULED" } }),
  ]);
  return { waiting, scheduled };
}
