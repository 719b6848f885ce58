import { NextResponse, type NextRequest } from "next/server";
import { isWithdrawnSlug } from "@/lib/articles/withdrawn-slugs";
import {
  defaultLocale,
  isLocale,
  LOCALE_COOKIE,
  localeCookie,
  type Locale,
} from "@/lib/i18n/locales";
import { isAppPath, splitLocale } from "@/lib/i18n/paths";

const ARTICLE_PATH = /^\/(?!(?:topik|penulis|cari|ralat)\/)[^/.]+\/([^/.]+)$/;
const READER_LISTS_WITHOUT_PAGES = /^\/(cari|kotak-surat)(\/|$)/;
const FILE = /\.[a-z0-9]+$/i;
const FEED = /\/(rss|atom)\.xml$/;

// Routing only; no access decision is made here (authorization lives in lib/).
//
// Languages: every page lives under app/[locale]. A reader page's language is its URL (Indonesian
// unprefixed, English under /en), so cached pages never vary by cookie; /id/... redirects to the
// one Indonesian URL. A reader who chose English (the NEXT_LOCALE cookie) and opens an Indonesian
// URL is sent to its English one. The studio, the desk and the account pages keep one URL and are
// rewritten to the cookie's language: they are never cached.
export async function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const pathname = url.pathname;
  if (FILE.test(pathname) && !FEED.test(pathname)) return NextResponse.next();
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  const cookieLocale = isLocale(chosen) ? chosen : defaultLocale;

  if (FEED.test(pathname)) {
    // Feeds carry the articles, which are in their own language: one URL each, never redirected.
    const { locale, path } = splitLocale(pathname);
    if (locale !== defaultLocale) return redirectTo(url, path, 308);
    return rewriteTo(request, at(url, `/${defaultLocale}${path}`), defaultLocale);
  }
  if (pathname === "/id" || pathname.startsWith("/id/")) {
    return redirectTo(url, pathname.slice(3) || "/", 308);
  }
  const { locale, path } = splitLocale(pathname);
  if (isAppPath(path)) {
    // /en/tulis is the studio in English: one URL for the studio, the language from the cookie.
    if (locale !== defaultLocale) return withLocaleCookie(redirectTo(url, path, 307), locale);
    return rewriteTo(request, at(url, `/${cookieLocale}${path}`), cookieLocale);
  }
  if (locale === defaultLocale && cookieLocale !== defaultLocale) {
    return redirectTo(url, `/${cookieLocale}${path === "/" ? "" : path}`, 307);
  }
  return readerPage(request, locale, path);
}

// Reader lists are paginated with ?halaman=N. Reading searchParams would make a page dynamic, so
// N >= 2 is rewritten to a path segment (/news/halaman/2) whose page is cached like the first one.
//
// A withdrawn article's URL keeps its page (the withdrawal notice) but answers 410 Gone: a cached
// App Router page cannot set its own status, so it is set here, before the page is served.
async function readerPage(request: NextRequest, locale: string, path: string) {
  const url = request.nextUrl;
  const raw = url.searchParams.get("halaman");
  const internal = at(url, `/${locale}${path === "/" ? "" : path}`);
  if (raw === null || READER_LISTS_WITHOUT_PAGES.test(path)) {
    const article = ARTICLE_PATH.exec(path);
    const status = article && (await isWithdrawnSlug(article[1])) ? 410 : undefined;
    return rewriteTo(request, internal, locale, status);
  }
  if (raw === "1") {
    const canonical = url.clone();
    canonical.searchParams.delete("halaman");
    return NextResponse.redirect(canonical, 308);
  }
  internal.searchParams.delete("halaman");
  // Anything but a positive integer lands on a page that answers 404.
  const page = /^[1-9]\d{0,5}$/.test(raw) ? raw : "0";
  internal.pathname = `${internal.pathname.replace(/\/$/, "")}/halaman/${page}`;
  return rewriteTo(request, internal, locale);
}

// Server actions and route handlers under app/[locale] have no segment to read: next-intl's
// getLocale() reads this request header there (pages set their locale from the segment).
function rewriteTo(request: NextRequest, target: URL, locale: string, status?: number) {
  const headers = new Headers(request.headers);
  headers.set("x-next-intl-locale", locale);
  return NextResponse.rewrite(target, { status, request: { headers } });
}

function at(url: NextRequest["nextUrl"], pathname: string) {
  const target = url.clone();
  target.pathname = pathname;
  return target;
}

function redirectTo(url: NextRequest["nextUrl"], pathname: string, status: 307 | 308) {
  return NextResponse.redirect(at(url, pathname), status);
}

function withLocaleCookie(response: NextResponse, locale: Locale) {
  response.headers.append("set-cookie", localeCookie(locale));
  return response;
}

export const config = {
  // Every page. Not the API, Next's assets, media, the sitemaps (one per site, not per language),
  // or files (icons, robots.txt, the manifest, public/): a file has no language, and a proxy
  // invocation costs a request about as much as serving a static file does (bench/README.md).
  // Feeds (.xml) are rewritten to their locale here, so they stay in. A literal: Next reads it
  // from the source at build time.
  matcher: [
    "/((?!api/|_next/|media/|sitemaps/|sitemap\\.xml|.*\\.txt$|.*\\.ico$|.*\\.png$|.*\\.jpg$|.*\\.jpeg$|.*\\.svg$|.*\\.webp$|.*\\.gif$|.*\\.html$|.*\\.css$|.*\\.js$|.*\\.json$|.*\\.webmanifest$|.*\\.woff2$|.*\\.dic$|.*\\.aff$).*)",
  ],
};
