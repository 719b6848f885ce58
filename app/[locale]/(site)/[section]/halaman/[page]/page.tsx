import { SectionListing, sectionMetadata } from "../../section-listing";
import { enterLocale } from "@/lib/i18n/enter-locale";

// Reached through proxy.ts, which rewrites /{section}?halaman=N here so every page stays cacheable.
type Props = { params: Promise<{ locale: string; section: string; page: string }> };

export const revalidate = 3600;
export const generateStaticParams = async () => [];
export const generateMetadata = async ({ params }: Props) => {
  const { section, page } = await params;
  return sectionMetadata(await enterLocale(params), [section], page);
};

export default async function SectionPagedPage({ params }: Props) {
  await enterLocale(params);
  const { section, page } = await params;
  return <SectionListing path={[section]} rawPage={page} />;
}
