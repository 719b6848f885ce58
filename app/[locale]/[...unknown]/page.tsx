import { notFound } from "next/navigation";

// An unknown URL inside a language gets that language's 404 in the site's chrome, not the bare
// root one (Next renders the root not-found for unmatched URLs).
export default function UnknownPage() {
  notFound();
}
