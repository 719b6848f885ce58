import { CorrectionsListing, correctionsMetadata } from "./corrections-listing";

export const revalidate = 3600;
export const generateMetadata = async () => correctionsMetadata();

export default function CorrectionsPage() {
  return <CorrectionsListing />;
}
