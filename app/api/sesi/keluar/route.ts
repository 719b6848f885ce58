// POST /api/sesi/keluar – log-out ("Keluar"): clears the session cookie of this browser only.
// A plain form post (the account menu) gets a 303 to the home page; fetch with JSON gets JSON.
import { env } from "@/lib/env";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { clearSession } from "@/lib/auth/session-cookie";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const json = (request.headers.get("accept") ?? "").includes("application/json");
  // Without this check any page could sign visitors out by posting here.
  if (!isSameOrigin(request.headers, env.SITE_URL))
    return Response.json({ error: "FORBIDDEN", message: "Permintaan ditolak." }, { status: 403 });
  await clearSession();
  if (json) return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
  return new Response(null, {
    status: 303,
    headers: { location: "/", "cache-control": "no-store" },
  });
}
