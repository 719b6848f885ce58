// POST /api/views/[id] – count one read of a published article (sent by the article page's beacon).
import { after } from "next/server";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { env } from "@/lib/env";
import { getSessionUser } from "@/lib/auth/session";
import { isInsiderView } from "@/lib/points/is-insider-view";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { recordView } from "@/lib/views/record-view";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const accepted = new Response(null, { status: 202, headers: { "cache-control": "no-store" } });
  // The beacon is our own page's; another site's posts are answered alike and never counted.
  if (!isSameOrigin(request.headers, env.SITE_URL)) return accepted;
  const { id } = await params;
  const ip = clientIp(request.headers);
  const userAgent = request.headers.get("user-agent") ?? "";
  // Only a signed-in reader carries a session cookie; anonymous beacons skip the session lookup.
  const viewer = request.headers.get("cookie")?.includes("session-token")
    ? await getSessionUser()
    : null;
  // The reader's page never waits for the database: the count is written after the response.
  after(async () => {
    try {
      if (await isInsiderView(viewer, id.slice(0, 40))) return;
      await recordView({ articleId: id.slice(0, 40), ip, userAgent });
    } catch (error) {
      console.error("[views]", error);
    }
  });
  return accepted;
}
