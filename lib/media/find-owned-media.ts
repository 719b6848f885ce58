import "server-only";
import { authorize, can, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { mediaUrl } from "@/lib/media/media-key";

/**
 * An uploaded image the actor may attach (to a profile, an article): their own, or any for editors,
 * who finish other people's articles. Everything else is NOT_FOUND, so ids of other people's uploads
 * cannot be probed.
 */
export async function findOwnedMedia(
  actor: Actor | null,
  mediaId: string,
): Promise<{ id: string; url: string }> {
  // The same gate as uploading: anonymous and suspended accounts attach nothing.
  authorize(actor, "media:browse", undefined);
  const notFound = new AppError("NOT_FOUND", "Gambar tidak ditemukan. Unggah ulang gambarnya.");
  if (typeof mediaId !== "string" || mediaId.length === 0 || mediaId.length > 64) throw notFound;
  const media = await db.media.findUnique({
    where: { id: mediaId },
    select: { id: true, key: true, ownerId: true },
  });
  if (!media || !can(actor, "media:use", media)) throw notFound;
  return { id: media.id, url: mediaUrl(media.key) };
}
