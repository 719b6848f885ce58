import { TopicListing, topicMetadata } from "./topic-listing";

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 3600;
export const generateStaticParams = async () => [];
export const generateMetadata = async ({ params }: Props) => topicMetadata((await params).slug);

export default async function TopicPage({ params }: Props) {
  return <TopicListing slug={(await params).slug} />;
}
