/** A median review time as the people page says it: "45 menit", "5 jam", "3 hari"; "belum ada" before any decision. */
export function formatReviewTime(seconds: number | null): string {
  if (seconds === null) return "belum ada";
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return `${minutes} menit`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} jam`;
  return `${Math.round(hours / 24)} hari`;
}
