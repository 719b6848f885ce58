import { SectionListing, sectionMetadata } from "../../section-listing";

// Reached through proxy.ts, which rewrites /{section}?halaman=N here so every page stays cacheable.
type Props = { params: Promise<{ section: string; page: string }> };

export const revalidate = 3600;
export const generateStaticParams = async () => [];
export const generateMetadata = async ({ params }: Props) => {
  const { section, page } = await params;
  return sectionMetadata([section], page);
};

export default async function SectionPagedPage({ params }: Props) {
  const { section, page } = await params;
  return <SectionListing path={[section]} rawPage={page} />;
}
