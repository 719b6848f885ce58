import "server-only";
import { randomBytes } from "node:crypto";
import sharp, { type Metadata, type ResizeOptions, type SharpOptions } from "sharp";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { detectImageType, type ImageType } from "@/lib/media/detect-image-type";
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MEDIA_MESSAGES } from "@/lib/media/limits";
import { mediaUrl } from "@/lib/media/media-key";
import { getMediaStorage } from "@/lib/media/storage";
import { MEDIA_WIDTHS, type MediaPurpose } from "@/lib/media/variant-url";
import { authorizeUpload } from "@/lib/media/authorize-upload";

export type UploadImageInput = { bytes: Buffer; purpose: MediaPurpose };
export type UploadedImage = { id: string; url: string; width: number; height: number };

/** What sharp calls each accepted type once it has parsed the header (AVIF is a HEIF container). */
const SHARP_FORMAT: Record<ImageType, string> = {
  jpeg: "jpeg",
  png: "png",
  webp: "webp",
  avif: "heif",
};

// limitInputPixels makes libvips refuse a decompression bomb before allocating for it; only the
// first frame of an animation is read; a decode that runs away is stopped.
const INPUT: SharpOptions = {
  limitInputPixels: MAX_IMAGE_PIXELS,
  failOn: "error",
  animated: false,
};
const DECODE_TIMEOUT_SECONDS = 30;

type Variant = { nominalWidth: number; data: Buffer; width: number; height: number };

/** libvips' own refusal of a decompression bomb gets the resolution message, anything else "cannot read". */
const decodeFailure = (error: unknown) =>
  new AppError(
    "INVALID",
    error instanceof Error && /pixel limit/i.test(error.message)
      ? MEDIA_MESSAGES.tooManyPixels
      : MEDIA_MESSAGES.undecodable,
  );

async function readOrientedSize(bytes: Buffer, type: ImageType) {
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, INPUT).metadata();
  } catch (error) {
    throw decodeFailure(error);
  }
  if (metadata.format !== SHARP_FORMAT[type])
    throw new AppError("INVALID", MEDIA_MESSAGES.unsupported);
  const { width, height } = metadata.autoOrient;
  if (!width || !height) throw new AppError("INVALID", MEDIA_MESSAGES.undecodable);
  if (width * height > MAX_IMAGE_PIXELS)
    throw new AppError("INVALID", MEDIA_MESSAGES.tooManyPixels);
  return { width, height };
}

/** The size each variant is resized to: avatars a centred-on-interest square, others by width. */
function resizeFor(
  purpose: MediaPurpose,
  nominalWidth: number,
  size: { width: number; height: number },
): ResizeOptions {
  if (purpose !== "avatar") return { width: nominalWidth, withoutEnlargement: true };
  const side = Math.min(nominalWidth, size.width, size.height);
  return { width: side, height: side, fit: "cover", position: "attention" };
}

/**
 * Every width of the purpose is always stored, an original smaller than a width under that width's
 * name at its own size (never enlarged), so pages can derive any variant URL from the one URL they keep.
 * The upload is decoded once, into the largest variant's pixels, and the smaller ones are made from
 * those: a 40 MP original decoded once per width would hold several copies of ~160 MB at a time.
 * Output is WebP with no metadata at all: sharp writes EXIF (GPS, camera serials), XMP and ICC only
 * when asked to keep them, and `rotate()` bakes the EXIF orientation into the pixels first.
 */
async function renderVariants(
  bytes: Buffer,
  purpose: MediaPurpose,
  size: { width: number; height: number },
): Promise<Variant[]> {
  const [largestWidth, ...smallerWidths] = MEDIA_WIDTHS[purpose];
  try {
    const largest = await sharp(bytes, INPUT)
      .rotate()
      .resize(resizeFor(purpose, largestWidth, size))
      .timeout({ seconds: DECODE_TIMEOUT_SECONDS })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const { width, height, channels } = largest.info;
    const pixels = () => sharp(largest.data, { raw: { width, height, channels } });
    return await Promise.all(
      [largestWidth, ...smallerWidths].map(async (nominalWidth) => {
        const resized =
          nominalWidth === largestWidth
            ? pixels()
            : pixels().resize(resizeFor(purpose, nominalWidth, { width, height }));
        const { data, info } = await resized
          .webp({ quality: 80 })
          .toBuffer({ resolveWithObject: true });
        return { nominalWidth, data, width: info.width, height: info.height };
      }),
    );
  } catch (error) {
    throw decodeFailure(error);
  }
}

/** `YYYY/MM/<16 random hex>`: nothing of the uploader's file name reaches storage or URLs. */
function newKeyStem(now = new Date()) {
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${now.getUTCFullYear()}/${month}/${randomBytes(8).toString("hex")}`;
}

/**
 * Accepts an image for an avatar, a hero or an article body: checks the bytes (not the name or the
 * declared type), re-encodes it to WebP in the widths the pages use, stores the files and records a
 * Media row owned by the actor. Returns the URL of the largest variant.
 */
export async function uploadImage(
  actor: Actor | null,
  { bytes, purpose }: UploadImageInput,
): Promise<UploadedImage> {
  // Stored files are public and kept: only a confirmed address may add them, within a daily quota.
  const uploader = await authorizeUpload(actor);
  if (!Object.hasOwn(MEDIA_WIDTHS, purpose))
    throw new AppError("INVALID", MEDIA_MESSAGES.unknownPurpose);
  if (bytes.length > MAX_IMAGE_BYTES) throw new AppError("INVALID", MEDIA_MESSAGES.tooLarge);
  const type = detectImageType(bytes);
  if (!type) throw new AppError("INVALID", MEDIA_MESSAGES.unsupported);

  const size = await readOrientedSize(bytes, type);
  const variants = await renderVariants(bytes, purpose, size);

  const storage = getMediaStorage();
  const stem = newKeyStem();
  const keys = variants.map((variant) => `${stem}-${variant.nominalWidth}.webp`);
  const [largest] = variants;
  try {
    await Promise.all(
      variants.map((variant, i) => storage.put(keys[i], variant.data, "image/webp")),
    );
    const media = await db.media.create({
      // `bytes` counts every stored variant: what this upload costs in storage.
      data: {
        ownerId: uploader.id,
        key: keys[0],
        width: largest.width,
        height: largest.height,
        bytes: variants.reduce((sum, v) => sum + v.data.length, 0),
      },
      select: { id: true, key: true, width: true, height: true },
    });
    return { id: media.id, url: mediaUrl(media.key), width: media.width, height: media.height };
  } catch (error) {
    // No row means nothing references the files: remove them rather than leave orphans.
    await Promise.allSettled(keys.map((key) => storage.delete(key)));
    throw error;
  }
}
