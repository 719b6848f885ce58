import { NotFoundContent } from "@/components/site/not-found-content";

export const metadata = { robots: { index: false } };

// The 404 page for every audience. The locale layout gives it the header, <main> and footer, so
// this boundary (which Next ships inside every page's payload) stays small; its title and text
// come from the client component (see there why).
export default function NotFound() {
  return <NotFoundContent />;
}
