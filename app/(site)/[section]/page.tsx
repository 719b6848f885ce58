import { SectionListing, sectionMetadata } from "./section-listing";

type Props = { params: Promise<{ section: string }> };

export const revalidate = 3600;
export const generateStaticParams = async () => [];
export const generateMetadata = async ({ params }: Props) =>
  sectionMetadata([(await params).section]);

export default async function SectionPage({ params }: Props) {
  const { section } = await params;
  return <SectionListing path={[section]} />;
}
