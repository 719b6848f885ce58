const TYPES: Record<string, string> = {
  webp: "image/webp",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  avif: "image/avif",
  svg: "image/svg+xml",
};

/** The MIME type of an image URL by its extension (stored images are named by their format). */
export function imageTypeOf(url: string): string {
  const extension = new URL(url, "http://x").pathname.split(".").pop()?.toLowerCase() ?? "";
  return TYPES[extension] ?? "image/jpeg";
}
