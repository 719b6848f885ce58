// GET /api/locale?to=en – the language switch in the footer and the account menu. A plain link, so
// it works without JavaScript: it remembers the choice in a cookie for a year and sends the reader
// back to the page they were on (its Referer, when it is this site's), in the chosen language.
import { env } from "@/lib/env";
import { isLocale, localeCookie } from "@/lib/i18n/locales";
import { localizedPath, splitLocale } from "@/lib/i18n/paths";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const url = new URL(request.url);
  const to = url.searchParams.get("to");
  if (!isLocale(to)) {
    return Response.json(
      { error: "INVALID", message: "Bahasa tidak dikenal. / Unknown language." },
      { status: 422 },
    );
  }
  const back = returnPath(request.headers.get("referer"), [env.SITE_URL, url.origin]);
  const { path } = splitLocale(back.pathname);
  const location = localizedPath(to, path) + back.search;
  return new Response(null, {
    status: 303,
    headers: {
      location,
      "cache-control": "no-store",
      "set-cookie": localeCookie(to),
    },
  });
}

/** The page to return to: the Referer when it is one of ours, else the home page. */
function returnPath(referer: string | null, origins: string[]) {
  try {
    if (referer) {
      const parsed = new URL(referer);
      if (origins.some((origin) => new URL(origin).origin === parsed.origin)) return parsed;
    }
  } catch {
    // An unparsable Referer is no place to return to.
  }
  return new URL("/", env.SITE_URL);
}
