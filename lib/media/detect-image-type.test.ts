import { describe, expect, it } from "vitest";
import { detectImageType } from "@/lib/media/detect-image-type";
import { solid } from "@/lib/media/test-images";

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

/** An ISO-BMFF `ftyp` box: size, "ftyp", major brand, minor version, compatible brands. */
function ftyp(major: string, compatible: string[]) {
  const body = [major, "\0\0\0\0", ...compatible].join("");
  const size = 8 + body.length;
  return Uint8Array.from([
    size >>> 24,
    (size >>> 16) & 255,
    (size >>> 8) & 255,
    size & 255,
    ...text("ftyp"),
    ...text(body),
    0,
    0,
    0,
    0,
  ]);
}

describe("detectImageType", () => {
  it("recognises the formats sharp writes", async () => {
    expect(detectImageType(await solid(8, 8, "jpeg"))).toBe("jpeg");
    expect(detectImageType(await solid(8, 8, "png"))).toBe("png");
    expect(detectImageType(await solid(8, 8, "webp"))).toBe("webp");
    expect(detectImageType(await solid(8, 8, "avif"))).toBe("avif");
  });

  it("finds AVIF by major or compatible brand, and only in a ftyp box at offset 4", () => {
    expect(detectImageType(ftyp("avif", ["mif1"]))).toBe("avif");
    expect(detectImageType(ftyp("mif1", ["miaf", "avis"]))).toBe("avif");
    expect(detectImageType(ftyp("heic", ["mif1", "heix"]))).toBeNull();
    expect(detectImageType(ftyp("isom", ["mp41"]))).toBeNull();
    const shifted = Uint8Array.from([0, ...ftyp("avif", [])]);
    expect(detectImageType(shifted)).toBeNull();
  });

  it("refuses a box size that claims more than the file holds", () => {
    const box = ftyp("mif1", ["avif"]);
    box[3] = 200;
    expect(detectImageType(box)).toBeNull();
  });

  it("refuses scripts, markup, SVG and truncated signatures whatever they are called", () => {
    expect(detectImageType(text("#!/bin/sh\necho hi\n"))).toBeNull();
    expect(detectImageType(text("<!doctype html><script>alert(1)</script>"))).toBeNull();
    expect(detectImageType(text('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectImageType(text("GIF89a"))).toBeNull();
    expect(detectImageType(bytes(0xff, 0xd8))).toBeNull();
    expect(detectImageType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
    expect(detectImageType(text("RIFF\0\0\0\0WAVE"))).toBeNull();
    expect(detectImageType(new Uint8Array())).toBeNull();
  });
});
