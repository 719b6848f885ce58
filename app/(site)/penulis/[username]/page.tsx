import { WriterListing, writerMetadata } from "./writer-listing";

type Props = { params: Promise<{ username: string }> };

export const revalidate = 3600;
export const generateStaticParams = async () => [];
export const generateMetadata = async ({ params }: Props) =>
  writerMetadata((await params).username);

export default async function WriterPage({ params }: Props) {
  return <WriterListing username={(await params).username} />;
}
