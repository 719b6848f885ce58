import { NotFoundContent } from "@/components/site/not-found-content";

export const metadata = { title: "Halaman tidak ditemukan", robots: { index: false } };

// Inside the reader layout, which already renders the header, <main> and footer.
export default function SiteNotFound() {
  return <NotFoundContent />;
}
