import { getRequestConfig } from "next-intl/server";
import { catalogs } from "./catalog";
import { defaultLocale, isLocale } from "./locales";

// The locale is always the [locale] segment: proxy.ts rewrites every page there (reader pages by
// their /en prefix, app pages by the reader's cookie), so no page reads a cookie or header for it.
export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : defaultLocale;
  return { locale, messages: catalogs[locale], timeZone: "Asia/Jakarta" };
});
