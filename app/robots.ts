import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { SITEMAP_PATHS } from "@/lib/sitemaps/sitemap-files";

// Reader pages are open to crawlers; the studio, the desk, account pages, search results and the
// internal API are not. The public read API (/api/v1) is allowed: the longer rule wins.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: ["/", "/api/v1/"],
      disallow: [
        "/tulis",
        "/redaksi",
        "/notifikasi",
        "/api/",
        "/masuk",
        "/daftar",
        "/lupa-sandi",
        "/verifikasi-email",
        "/kotak-surat",
        "/cari",
      ],
    },
    sitemap: [
      new URL(SITEMAP_PATHS.index, env.SITE_URL).toString(),
      new URL(SITEMAP_PATHS.news, env.SITE_URL).toString(),
    ],
  };
}
