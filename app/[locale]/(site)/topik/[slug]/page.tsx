import { TopicListing, topicMetadata } from "./topic-listing";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const revalidate = 3600;
export const generateStaticParams = async () => [];
export const generateMetadata = async ({ params }: Props) =>
  topicMetadata(await enterLocale(params), (await params).slug);

export default async function TopicPage({ params }: Props) {
  await enterLocale(params);
  return <TopicListing slug={(await params).slug} />;
}
