import { SiteChrome } from "@/components/site/site-chrome";

// Every studio page checks the session itself (getSessionUser) — a layout is not a security boundary.
export default function StudioLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome className="studio">{children}</SiteChrome>;
}
