// GET /api/notifications – the bell in the (statically cached) site header asks after load: the
// unread count and the latest ten, each with its text (in the reader's language) and link. 401 when signed out.
import { getActor } from "@/lib/auth/session";
import { jsonRoute } from "@/lib/http/json-route";
import { serverLocale } from "@/lib/i18n/server-text";
import { listNotifications } from "@/lib/notifications/list-notifications";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async () => {
  const { unread, items } = await listNotifications(await getActor(), {
    pageSize: 10,
    locale: await serverLocale(),
  });
  return Response.json({ unread, items }, { headers: { "cache-control": "private, no-store" } });
});
