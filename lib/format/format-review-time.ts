// A median review time as the people page says it ("45 menit", "5 jam", "3 hari"; "belum ada"
// before any decision): a key of the desk catalog's `reviewTime` messages and its count.
export type ReviewTime = { key: "none" | "minutes" | "hours" | "days"; values: { count: number } };

export function formatReviewTime(seconds: number | null): ReviewTime {
  if (seconds === null) return { key: "none", values: { count: 0 } };
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return { key: "minutes", values: { count: minutes } };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { key: "hours", values: { count: hours } };
  return { key: "days", values: { count: Math.round(hours / 24) } };
}
