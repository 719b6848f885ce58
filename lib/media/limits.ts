// Upload limits and their messages, shared by the server (which decides) and the uploader
// component (which only pre-checks for a quick answer), so both always say the same thing.

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Multipart framing and the `purpose` field on top of the largest allowed file. */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_IMAGE_BYTES + 512 * 1024;
/** 40 megapixels: above any phone camera, well below what would exhaust memory while decoding. */
export const MAX_IMAGE_PIXELS = 40_000_000;

export const ACCEPTED_IMAGE_MIME_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/avif",
] as const;

export const MEDIA_MESSAGES = {
  tooLarge: "Ukuran gambar maksimal 10 MB.",
  unsupported: "Format tidak didukung. Gunakan JPEG, PNG, WebP, atau AVIF.",
  undecodable:
    "Gambar tidak dapat dibaca. Berkas mungkin rusak; coba simpan ulang atau pilih gambar lain.",
  tooManyPixels:
    "Resolusi gambar terlalu besar (maksimal 40 megapiksel). Perkecil gambar lalu coba lagi.",
  missingFile: "Pilih berkas gambar terlebih dahulu.",
  unknownPurpose: "Jenis gambar tidak dikenal.",
} as const;
