// Images for the media tests, made with sharp so no binary fixture needs to be committed.
import { crc32 } from "node:zlib";
import sharp from "sharp";

export const solid = (
  width: number,
  height: number,
  format: "png" | "jpeg" | "webp" | "avif" = "png",
) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .toFormat(format)
    .toBuffer();

/** A JPEG as a phone writes it: rotated by EXIF orientation 6, with GPS coordinates and a camera serial. */
export const phoneJpeg = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: "WartaCam", Model: "Uji 1" },
      IFD3: {
        GPSLatitudeRef: "S",
        GPSLatitude: "6/1 10/1 30/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "106/1 49/1 0/1",
      },
    })
    .toBuffer();

/** A PNG whose header claims `width` x `height` pixels: a decompression bomb in 70 bytes. */
export async function pngClaiming(width: number, height: number) {
  const png = Buffer.from(await solid(1, 1, "png"));
  // IHDR data starts at byte 16 (8 signature + 4 length + 4 type); its CRC covers type and data.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}
