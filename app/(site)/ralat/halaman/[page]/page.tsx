import { CorrectionsListing, correctionsMetadata } from "../../corrections-listing";

type Props = { params: Promise<{ page: string }> };

export const revalidate = 3600;
export const generateStaticParams = async () => [];
export const generateMetadata = async ({ params }: Props) =>
  correctionsMetadata((await params).page);

export default async function CorrectionsPagedPage({ params }: Props) {
  return <CorrectionsListing rawPage={(await params).page} />;
}
