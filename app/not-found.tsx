import { NotFoundContent } from "@/components/site/not-found-content";

export const metadata = { title: "Halaman tidak ditemukan", robots: { index: false } };

// The one 404 page for every audience. The root layout gives it the header, <main> and footer, so
// this boundary (which Next ships inside every page's payload) stays small.
export default function NotFound() {
  return <NotFoundContent />;
}
