// GET /api/draft?secret=…&to=/path – enter draft mode (every cache bypassed) and go to a page.
// Used by the benchmark to measure uncached renders; editors' previews use their session instead.
import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

function secretMatches(given: string | null) {
  if (!env.PREVIEW_SECRET || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(env.PREVIEW_SECRET);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function GET(request: Request) {
  const url = new URL(request.url);
  if (!secretMatches(url.searchParams.get("secret")))
    return new Response("Forbidden", { status: 403 });
  const to = url.searchParams.get("to") ?? "/";
  (await draftMode()).enable();
  redirect(to.startsWith("/") && !to.startsWith("//") ? to : "/");
}
