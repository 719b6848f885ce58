// How long a submission has waited, as the queue says it ("menunggu 3 jam", "waiting 3 hours"):
// a key of the desk catalog's `wait` messages and its count, so the page words it in its language.
export type WaitLabel = { key: "justIn" | "minutes" | "hours" | "days"; values: { count: number } };

export function waitLabel(since: Date, now: Date = new Date()): WaitLabel {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 1) return { key: "justIn", values: { count: 0 } };
  if (minutes < 60) return { key: "minutes", values: { count: minutes } };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { key: "hours", values: { count: hours } };
  return { key: "days", values: { count: Math.floor(hours / 24) } };
}
