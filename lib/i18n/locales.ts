// Indonesian is the product's language and the default; English is a complete translation.
export const locales = ["id", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "id";

/** The reader's choice, set by /api/locale; read only by proxy.ts (and the Varnish front). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** The Set-Cookie value that remembers a reader's choice for a year (proxy.ts and /api/locale). */
export function localeCookie(locale: Locale) {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** BCP 47 tags for Intl and for hreflang. */
export const languageTag: Record<Locale, string> = { id: "id-ID", en: "en-GB" };
