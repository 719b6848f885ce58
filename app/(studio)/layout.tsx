import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

// Every studio page checks the session itself (getSessionUser) — a layout is not a security boundary.
export default function StudioLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="konten" className="site-main studio">{children}</main>
      <SiteFooter />
    </>
  );
}
