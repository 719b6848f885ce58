// POST /api/notifications/read – {"id": "…"} marks one of the actor's notifications read (opened
// from the bell), {} marks all. Answers the new unread count.
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { jsonRoute } from "@/lib/http/json-route";
import { BODY_LIMITS, readJsonBody } from "@/lib/http/read-json-body";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ id: z.string().min(1).max(64).optional() });

export const POST = jsonRoute(async (request: Request) => {
  // Harmless as it is, another site still has no business changing what a reader has seen.
  assertSameOrigin(request);
  const actor = await getActor();
  const body = bodySchema.parse(await readJsonBody(request, BODY_LIMITS.small));
  if (body.id) await markNotificationRead(actor, body.id);
  else await markAllNotificationsRead(actor);
  return Response.json(
    { unread: await countUnreadNotifications(actor) },
    { headers: { "cache-control": "no-store" } },
  );
});
