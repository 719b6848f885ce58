import { NotFoundContent } from "@/components/site/not-found-content";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

export const metadata = { title: "Halaman tidak ditemukan", robots: { index: false } };

// For URLs outside every layout (the root boundary); reader pages use app/(site)/not-found.tsx.
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="konten" className="site-main">
        <NotFoundContent />
      </main>
      <SiteFooter />
    </>
  );
}
