import { WriterListing, writerMetadata } from "./writer-listing";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = { params: Promise<{ locale: string; username: string }> };

export const revalidate = 3600;
export const generateStaticParams = async () => [];
export const generateMetadata = async ({ params }: Props) =>
  writerMetadata(await enterLocale(params), (await params).username);

export default async function WriterPage({ params }: Props) {
  await enterLocale(params);
  return <WriterListing username={(await params).username} />;
}
