import { TopicListing, topicMetadata } from "../../topic-listing";

type Props = { params: Promise<{ slug: string; page: string }> };

export const revalidate = 3600;
export const generateStaticParams = async () => [];
export const generateMetadata = async ({ params }: Props) => {
  const { slug, page } = await params;
  return topicMetadata(slug, page);
};

export default async function TopicPagedPage({ params }: Props) {
  const { slug, page } = await params;
  return <TopicListing slug={slug} rawPage={page} />;
}
