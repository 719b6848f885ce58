import { languageTag, type Locale } from "@/lib/i18n/locales";

// Dates in Western Indonesian Time, as the reader expects, in the interface's language:
// "Rabu, 30 Agustus 2023 14:05 WIB" or "Wednesday, 30 August 2023 14:05 WIB".
function formats(tag: string) {
  return {
    dateTime: new Intl.DateTimeFormat(tag, {
      timeZone: "Asia/Jakarta",
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }),
    dateOnly: new Intl.DateTimeFormat(tag, {
      timeZone: "Asia/Jakarta",
      day: "numeric",
      month: "long",
      year: "numeric",
    }),
  };
}

const byLocale: Record<Locale, ReturnType<typeof formats>> = {
  id: formats(languageTag.id),
  en: formats(languageTag.en),
};

export function formatWib(date: Date, locale: Locale = "id") {
  const parts = Object.fromEntries(
    byLocale[locale].dateTime.formatToParts(date).map((p) => [p.type, p.value]),
  );
  return `${parts.weekday}, ${parts.day} ${parts.month} ${parts.year} ${parts.hour}:${parts.minute} WIB`;
}

export function formatDateShort(date: Date, locale: Locale = "id") {
  return byLocale[locale].dateOnly.format(date);
}

/** The calendar day in Jakarta, as a UTC-midnight Date (for `@db.Date` columns). */
export function jakartaDay(date: Date = new Date()) {
  const shifted = new Date(date.getTime() + 7 * 3600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}
