import { TopicListing, topicMetadata } from "../../topic-listing";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = { params: Promise<{ locale: string; slug: string; page: string }> };

export const revalidate = 3600;
export const generateStaticParams = async () => [];
export const generateMetadata = async ({ params }: Props) => {
  const { slug, page } = await params;
  return topicMetadata(await enterLocale(params), slug, page);
};

export default async function TopicPagedPage({ params }: Props) {
  await enterLocale(params);
  const { slug, page } = await params;
  return <TopicListing slug={slug} rawPage={page} />;
}
