// Pure helpers shared by server pages and client components (no server-only): a stored image is
// referenced by the URL of its largest variant, and every smaller width is derived from it.

export type MediaPurpose = "avatar" | "hero" | "body";

/** Widths stored for each purpose, largest first. Avatars are square. */
export const MEDIA_WIDTHS = {
  avatar: [256, 96],
  hero: [1200, 800, 400],
  body: [1200, 800, 400],
} as const satisfies Record<MediaPurpose, readonly number[]>;

/** `/media/YYYY/MM/<16 hex>-<width>.webp`; anything else (seeded demo images, old URLs) is left alone. */
const VARIANT_URL = /^(\/media\/\d{4}\/\d{2}\/[0-9a-f]{16})-(\d{2,4})\.webp$/;

function widthsOf(largest: number): readonly number[] | null {
  // The largest stored name identifies the family: every width of the family is always stored.
  if (largest === MEDIA_WIDTHS.hero[0]) return MEDIA_WIDTHS.hero;
  if (largest === MEDIA_WIDTHS.avatar[0]) return MEDIA_WIDTHS.avatar;
  return null;
}

/**
 * The URL of the smallest stored variant at least `width` pixels wide (the largest when none is),
 * e.g. `mediaVariantUrl("/media/2026/05/0123456789abcdef-1200.webp", 400)` → `…-400.webp`.
 * URLs that are not uploaded media are returned unchanged.
 */
export function mediaVariantUrl(url: string, width: number): string {
  const match = VARIANT_URL.exec(url);
  const widths = match ? widthsOf(Number(match[2])) : null;
  if (!match || !widths) return url;
  const fitting = widths.filter((candidate) => candidate >= width);
  const chosen = fitting.length > 0 ? fitting[fitting.length - 1] : widths[0];
  return `${match[1]}-${chosen}.webp`;
}

/** A `srcset` of every stored width (`…-400.webp 400w, …`), or undefined for URLs that are not uploaded media. */
export function mediaSrcSet(url: string): string | undefined {
  const match = VARIANT_URL.exec(url);
  const widths = match ? widthsOf(Number(match[2])) : null;
  if (!match || !widths) return undefined;
  return [...widths]
    .reverse()
    .map((w) => `${match[1]}-${w}.webp ${w}w`)
    .join(", ");
}
