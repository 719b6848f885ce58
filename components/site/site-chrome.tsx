import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

/** Header, the page's one <main> landmark and footer: rendered once, by the root layout. */
export function SiteChrome({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="konten" className="site-main">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
