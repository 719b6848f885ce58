import { SectionListing, sectionMetadata } from "../../../section-listing";
import { enterLocale } from "@/lib/i18n/enter-locale";

// Sub-section pages N >= 2, reached through the ?halaman=N rewrite in proxy.ts.
type Props = { params: Promise<{ locale: string; section: string; slug: string; page: string }> };

export const revalidate = 3600;
export const generateStaticParams = async () => [];
export const generateMetadata = async ({ params }: Props) => {
  const { section, slug, page } = await params;
  return sectionMetadata(await enterLocale(params), [section, slug], page);
};

export default async function SubsectionPagedPage({ params }: Props) {
  await enterLocale(params);
  const { section, slug, page } = await params;
  return <SectionListing path={[section, slug]} rawPage={page} />;
}
