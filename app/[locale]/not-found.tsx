import { getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/site/not-found-content";

export async function generateMetadata() {
  const t = await getTranslations("common.notFound");
  return { title: t("title"), robots: { index: false } };
}

// The 404 page for every audience. The locale layout gives it the header, <main> and footer, so
// this boundary (which Next ships inside every page's payload) stays small.
export default function NotFound() {
  return <NotFoundContent />;
}
