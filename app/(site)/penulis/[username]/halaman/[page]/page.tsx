import { WriterListing, writerMetadata } from "../../writer-listing";

type Props = { params: Promise<{ username: string; page: string }> };

export const revalidate = 3600;
export const generateStaticParams = async () => [];
export const generateMetadata = async ({ params }: Props) => {
  const { username, page } = await params;
  return writerMetadata(username, page);
};

export default async function WriterPagedPage({ params }: Props) {
  const { username, page } = await params;
  return <WriterListing username={username} rawPage={page} />;
}
