import { CorrectionsListing, correctionsMetadata } from "./corrections-listing";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const revalidate = 3600;
export const generateMetadata = async ({ params }: { params: Promise<{ locale: string }> }) =>
  correctionsMetadata(await enterLocale(params));

export default async function CorrectionsPage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  return <CorrectionsListing />;
}
