import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

/** Header, the page's one <main> landmark and footer, shared by every audience's layout. */
export function SiteChrome({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return (
    <>
      <SiteHeader />
      <main id="konten" className={`site-main ${className}`.trim()}>{children}</main>
      <SiteFooter />
    </>
  );
}
