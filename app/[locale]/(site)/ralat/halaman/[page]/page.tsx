import { CorrectionsListing, correctionsMetadata } from "../../corrections-listing";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = { params: Promise<{ locale: string; page: string }> };

export const revalidate = 3600;
export const generateStaticParams = async () => [];
export const generateMetadata = async ({ params }: Props) =>
  correctionsMetadata(await enterLocale(params), (await params).page);

export default async function CorrectionsPagedPage({ params }: Props) {
  await enterLocale(params);
  return <CorrectionsListing rawPage={(await params).page} />;
}
