import { z } from "zod";

// The queue's filters, read from the query string (?rubrik=…&tingkat=…&umur=…). Anything unknown
// is ignored rather than refused: a stale bookmark still opens the queue.

export const AGE_FILTERS = {
  "24j": { hours: 24, label: "Lebih dari 24 jam" },
  "48j": { hours: 48, label: "Lebih dari 48 jam" },
  "7h": { hours: 168, label: "Lebih dari 7 hari" },
} as const;
export const TIER_FILTERS = {
  anggota: "MEMBER",
  penulis: "WRITER",
  terverifikasi: "VERIFIED",
} as const;

export type QueueFilters = {
  sectionId?: string;
  tier?: (typeof TIER_FILTERS)[keyof typeof TIER_FILTERS];
  olderThanHours?: number;
};

const one = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value),
  z.string().max(40).optional().catch(undefined),
);

const querySchema = z.object({ rubrik: one, tingkat: one, umur: one });

/** Parses `searchParams` into filters, plus the raw values to re-fill the form. */
export function parseQueueFilters(searchParams: Record<string, string | string[] | undefined>) {
  const query = querySchema.parse(searchParams);
  const tierKey =
    query.tingkat && query.tingkat in TIER_FILTERS
      ? (query.tingkat as keyof typeof TIER_FILTERS)
      : undefined;
  const ageKey =
    query.umur && query.umur in AGE_FILTERS ? (query.umur as keyof typeof AGE_FILTERS) : undefined;
  const filters: QueueFilters = {
    sectionId: query.rubrik || undefined,
    tier: tierKey && TIER_FILTERS[tierKey],
    olderThanHours: ageKey && AGE_FILTERS[ageKey].hours,
  };
  return {
    filters,
    form: { rubrik: query.rubrik ?? "", tingkat: tierKey ?? "", umur: ageKey ?? "" },
  };
}
