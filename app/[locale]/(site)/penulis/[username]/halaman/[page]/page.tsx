import { WriterListing, writerMetadata } from "../../writer-listing";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = { params: Promise<{ locale: string; username: string; page: string }> };

export const revalidate = 3600;
export const generateStaticParams = async () => [];
export const generateMetadata = async ({ params }: Props) => {
  const { username, page } = await params;
  return writerMetadata(await enterLocale(params), username, page);
};

export default async function WriterPagedPage({ params }: Props) {
  await enterLocale(params);
  const { username, page } = await params;
  return <WriterListing username={username} rawPage={page} />;
}
