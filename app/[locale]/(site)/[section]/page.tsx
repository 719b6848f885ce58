import { SectionListing, sectionMetadata } from "./section-listing";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = { params: Promise<{ locale: string; section: string }> };

export const revalidate = 3600;
export const generateStaticParams = async () => [];
export const generateMetadata = async ({ params }: Props) =>
  sectionMetadata(await enterLocale(params), [(await params).section]);

export default async function SectionPage({ params }: Props) {
  await enterLocale(params);
  const { section } = await params;
  return <SectionListing path={[section]} />;
}
