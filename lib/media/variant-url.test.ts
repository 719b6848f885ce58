import { describe, expect, it } from "vitest";
import { mediaSrcSet, mediaVariantUrl } from "@/lib/media/variant-url";

const HERO = "/media/2026/05/0123456789abcdef-1200.webp";
const AVATAR = "/media/2026/05/fedcba9876543210-256.webp";

describe("mediaVariantUrl", () => {
  it("picks the smallest stored width that is wide enough", () => {
    expect(mediaVariantUrl(HERO, 400)).toBe("/media/2026/05/0123456789abcdef-400.webp");
    expect(mediaVariantUrl(HERO, 401)).toBe("/media/2026/05/0123456789abcdef-800.webp");
    expect(mediaVariantUrl(HERO, 300)).toBe("/media/2026/05/0123456789abcdef-400.webp");
    expect(mediaVariantUrl(HERO, 2400)).toBe(HERO);
    expect(mediaVariantUrl(AVATAR, 72)).toBe("/media/2026/05/fedcba9876543210-96.webp");
    expect(mediaVariantUrl(AVATAR, 144)).toBe(AVATAR);
  });

  it("leaves URLs that are not uploaded media alone", () => {
    expect(mediaVariantUrl("/demo/avatars/budi.svg", 96)).toBe("/demo/avatars/budi.svg");
    expect(
      mediaVariantUrl("https://example.com/media/2026/05/0123456789abcdef-1200.webp", 400),
    ).toBe("https://example.com/media/2026/05/0123456789abcdef-1200.webp");
    expect(mediaVariantUrl("/media/2026/05/0123456789abcdef-640.webp", 400)).toBe(
      "/media/2026/05/0123456789abcdef-640.webp",
    );
  });

  it("builds a srcset of every stored width", () => {
    expect(mediaSrcSet(HERO)).toBe(
      "/media/2026/05/0123456789abcdef-400.webp 400w, /media/2026/05/0123456789abcdef-800.webp 800w, /media/2026/05/0123456789abcdef-1200.webp 1200w",
    );
    expect(mediaSrcSet("/demo/hero.svg")).toBeUndefined();
  });
});
