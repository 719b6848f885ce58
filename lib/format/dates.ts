// Indonesian dates in Western Indonesian Time, as the reader expects: "Rabu, 30 Agustus 2023 14:05 WIB".
const dateTime = new Intl.DateTimeFormat("id-ID", {
  timeZone: "Asia/Jakarta",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const dateOnly = new Intl.DateTimeFormat("id-ID", {
  timeZone: "Asia/Jakarta",
  day: "numeric",
  month: "long",
  year: "numeric",
});

export function formatWib(date: Date) {
  const parts = Object.fromEntries(dateTime.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.weekday}, ${parts.day} ${parts.month} ${parts.year} ${parts.hour}:${parts.minute} WIB`;
}

export function formatDateShort(date: Date) {
  return dateOnly.format(date);
}

/** The calendar day in Jakarta, as a UTC-midnight Date (for `@db.Date` columns). */
export function jakartaDay(date: Date = new Date()) {
  const shifted = new Date(date.getTime() + 7 * 3600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}
