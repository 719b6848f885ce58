import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SITE_NAME } from "@/lib/seo/page-metadata";
import { env } from "@/lib/env";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  applicationName: SITE_NAME,
};

export const viewport: Viewport = { themeColor: "#b3261e", width: "device-width", initialScale: 1 };

// <html lang> depends on the language, so the document is rendered by app/[locale]/layout.tsx.
// This root only exists for the 404 of URLs outside every language (app/not-found.tsx).
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
