// The desk thinks in Western Indonesian Time (UTC+7, no daylight saving); the database stores UTC.
const WIB_OFFSET_MS = 7 * 3600_000;

/** "2025-08-17" + "07:30" read as WIB → the UTC instant; null for anything that is not a real date and time. */
export function wibToUtc(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute) - WIB_OFFSET_MS);
  // Date.UTC rolls 31 February over into March: a real date reads back the same.
  const back = wibParts(utc);
  return back.date === date && back.time === time ? utc : null;
}

/** The WIB calendar date and clock time of an instant, as a date and a time input expect them. */
export function wibParts(instant: Date): { date: string; time: string } {
  const iso = new Date(instant.getTime() + WIB_OFFSET_MS).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
