// Why the desk turns a submission down. The writer reads the reason (and the editor's own words).
export const REJECTION_REASONS = [
  "Plagiarisme",
  "Tidak sesuai pedoman komunitas",
  "Kualitas tulisan belum memadai",
  "Topik di luar cakupan Warta",
  "Lainnya",
] as const;

export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** "Lainnya" says nothing by itself, so it needs the editor's explanation. */
export const REASON_NEEDS_DETAIL: RejectionReason = "Lainnya";
