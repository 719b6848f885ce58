import { NotFoundContent } from "@/components/site/not-found-content";
import { SiteChrome } from "@/components/site/site-chrome";

export const metadata = { title: "Halaman tidak ditemukan", robots: { index: false } };

// For URLs outside every layout (the root boundary); reader pages use app/(site)/not-found.tsx.
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  );
}
