// GET /media/YYYY/MM/<16 hex>-<width>.webp – an uploaded image variant. Keys never change content
// (a new upload gets a new random name), so browsers and CDNs may keep them for a year.
import { isMediaKey } from "@/lib/media/media-key";
import { getMediaStorage } from "@/lib/media/storage";

const notFound = () =>
  new Response("Tidak ditemukan", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  const joined = key.join("/");
  // Only names the upload verb could have generated reach storage: no traversal, no probing.
  if (!isMediaKey(joined)) return notFound();
  const data = await getMediaStorage().get(joined);
  if (!data) return notFound();
  return new Response(data, {
    headers: {
      "content-type": "image/webp",
      "content-length": String(data.length),
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
