// POST /api/views/[id] – count one read of a published article (sent by the article page's beacon).
import { after } from "next/server";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { recordView } from "@/lib/views/record-view";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const accepted = new Response(null, { status: 202, headers: { "cache-control": "no-store" } });
  // The beacon is our own page's; another site's posts are answered alike and never counted.
  if (!isSameOrigin(request.headers, env.SITE_URL)) return accepted;
  const { id } = await params;
  const ip = clientIp(request.headers);
  const userAgent = request.headers.get("user-agent") ?? "";
  // The reader's page never waits for the database: the count is written after the response.
  after(() =>
    recordView({ articleId: id.slice(0, 40), ip, userAgent }).catch((error) =>
      console.error("[views]", error),
    ),
  );
  return accepted;
}
