import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/seo/page-metadata";
import { env } from "@/lib/env";
import { SiteChrome } from "@/components/site/site-chrome";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: `${SITE_NAME} — Berita Komunitas Indonesia`, template: `%s | ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
};

export const viewport: Viewport = { themeColor: "#b3261e", width: "device-width", initialScale: 1 };

// The header, <main> and footer live here, once, for every audience. Rendering them in each route
// group's layout instead repeated them in every not-found and forbidden boundary that Next ships
// inside each page's payload: four headers per reader page.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id">
      <body>
        <SiteChrome>{children}</SiteChrome>
      </body>
    </html>
  );
}
