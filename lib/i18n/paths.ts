import { defaultLocale, type Locale } from "./locales";

// Reader pages have one URL per language: Indonesian without a prefix, English under /en, so a
// cached page never depends on a cookie. The studio, the desk and the account pages keep one URL
// each; they are never cached, and their language is the reader's cookie (proxy.ts).
const APP_ROOTS = [
  "tulis",
  "redaksi",
  "notifikasi",
  "masuk",
  "daftar",
  "lupa-sandi",
  "verifikasi-email",
  "kotak-surat",
];

export function isAppPath(pathname: string) {
  const first = pathname.split("/")[1] ?? "";
  return APP_ROOTS.includes(first) || first === "api" || first === "media";
}

/** The path of `path` in `locale`: "/politik" is "/en/politik" in English; app paths never change. */
export function localizedPath(locale: Locale, path: string) {
  if (locale === defaultLocale || !path.startsWith("/") || path.startsWith("//")) return path;
  if (isAppPath(path)) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** Splits "/en/politik?x" into its locale and the path without the prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  if (pathname === "/en" || pathname.startsWith("/en/")) {
    return { locale: "en", path: pathname.slice(3) || "/" };
  }
  return { locale: defaultLocale, path: pathname };
}
