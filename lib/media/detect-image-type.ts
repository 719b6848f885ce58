export type ImageType = "jpeg" | "png" | "webp" | "avif";

const ascii = (bytes: Uint8Array, offset: number, length: number) =>
  offset + length <= bytes.length
    ? String.fromCharCode(...bytes.subarray(offset, offset + length))
    : "";

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);

const JPEG = [0xff, 0xd8, 0xff] as const;
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const AVIF_BRANDS = new Set(["avif", "avis"]);
/** Real `ftyp` boxes list a handful of brands; a larger one is not worth scanning. */
const MAX_FTYP_BOX = 4096;

/** ISO-BMFF: `ftyp` box first, with an AVIF brand as major brand or among the compatible ones. */
function isAvif(bytes: Uint8Array): boolean {
  if (ascii(bytes, 4, 4) !== "ftyp") return false;
  const boxSize = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  if (boxSize < 16 || boxSize > Math.min(MAX_FTYP_BOX, bytes.length)) return false;
  if (AVIF_BRANDS.has(ascii(bytes, 8, 4))) return true;
  // Bytes 12-15 are the minor version; compatible brands follow, four bytes each.
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) {
    if (AVIF_BRANDS.has(ascii(bytes, offset, 4))) return true;
  }
  return false;
}

/**
 * The image type proven by the file's first bytes (magic numbers), or null. The file's name and the
 * MIME type the browser declared are never consulted: both are chosen by whoever sends the file.
 */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, JPEG)) return "jpeg";
  if (startsWith(bytes, PNG)) return "png";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") return "webp";
  if (isAvif(bytes)) return "avif";
  return null;
}
