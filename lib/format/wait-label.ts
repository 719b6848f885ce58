// How long a submission has waited, as the queue says it: "menunggu 3 jam".
export function waitLabel(since: Date, now: Date = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 1) return "baru saja masuk";
  if (minutes < 60) return `menunggu ${minutes} menit`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `menunggu ${hours} jam`;
  return `menunggu ${Math.floor(hours / 24)} hari`;
}

export const TIER_LABELS = {
  MEMBER: "Anggota baru",
  WRITER: "Penulis",
  VERIFIED: "Verified Writer",
} as const;
