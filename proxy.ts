import { NextResponse, type NextRequest } from "next/server";
import { isWithdrawnSlug } from "@/lib/articles/withdrawn-slugs";

const ARTICLE_PATH = /^\/[^/.]+\/([^/.]+)$/;

// Reader lists are paginated with ?halaman=N. Reading searchParams would make a page dynamic, so
// N >= 2 is rewritten to a path segment (/news/halaman/2) whose page is cached like the first one.
// This is routing only; no access decision is made here (authorization lives in lib/).
//
// A withdrawn article's URL keeps its page (the withdrawal notice) but answers 410 Gone: a cached
// App Router page cannot set its own status, so it is set here, before the page is served.
export async function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const raw = url.searchParams.get("halaman");
  if (raw === null) {
    const article = ARTICLE_PATH.exec(url.pathname);
    if (article && (await isWithdrawnSlug(article[1]))) return NextResponse.next({ status: 410 });
    return NextResponse.next();
  }

  const canonical = url.clone();
  canonical.searchParams.delete("halaman");
  if (raw === "1") return NextResponse.redirect(canonical, 308);

  const target = url.clone();
  target.searchParams.delete("halaman");
  // Anything but a positive integer lands on a page that answers 404.
  const page = /^[1-9]\d{0,5}$/.test(raw) ? raw : "0";
  target.pathname = `${url.pathname.replace(/\/$/, "")}/halaman/${page}`;
  return NextResponse.rewrite(target);
}

export const config = {
  // Reader lists only: search, the studio, the desk and the account pages read their own parameters.
  matcher: [
    {
      source:
        "/((?!api|_next|demo|media|cari|tulis|redaksi|notifikasi|masuk|daftar|lupa-sandi|verifikasi-email|kotak-surat).*)",
      has: [{ type: "query", key: "halaman" }],
    },
    // /{section}/{slug}: articles (and sub-sections), for the 410 of withdrawn articles. No dots:
    // feeds (rss.xml) and files are not pages.
    "/((?!api|_next|demo|media|icons|sitemaps|cari|tulis|redaksi|notifikasi|masuk|daftar|lupa-sandi|verifikasi-email|kotak-surat|topik|penulis)[^/.]+)/([^/.]+)",
  ],
};
