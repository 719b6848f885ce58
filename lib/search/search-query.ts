import "server-only";
import { z } from "zod";

// Validation of the reader's search box text (the `q` search parameter) and page number. Only the
// checks that need no database live here; "has no searchable word" needs PostgreSQL's parser and
// is answered by searchArticles (kind "no_terms").

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 1000;

export const SEARCH_MESSAGES = {
  empty: "Masukkan kata kunci pencarian.",
  too_long: `Kata kunci terlalu panjang (maksimal ${MAX_QUERY_LENGTH} karakter).`,
  no_terms: "Kata kunci tidak memuat kata yang dapat dicari. Coba gunakan huruf atau angka.",
} as const;

export type SearchQueryProblem = keyof typeof SEARCH_MESSAGES;

export type ParsedSearchQuery =
  { kind: "ok"; query: string } | { kind: "empty" | "too_long"; query: string; message: string };

const isControl = (ch: string) => ch.charCodeAt(0) < 32 || ch === "\u007f";

/** A search parameter as Next.js hands it over (absent, one value, or repeated), normalized. */
const normalizedQuery = z
  .union([z.string(), z.array(z.string())])
  .catch("")
  .transform((value) => (Array.isArray(value) ? (value[0] ?? "") : value))
  // Control characters (including the snippet sentinels \u0001/\u0002) are never part of a query.
  .transform((value) => Array.from(value, (ch) => (isControl(ch) ? " " : ch)).join(""))
  .transform((value) => value.trim().replace(/\s+/g, " "));

const validQuery = z
  .string()
  .min(1, SEARCH_MESSAGES.empty)
  .refine((value) => [...value].length <= MAX_QUERY_LENGTH, SEARCH_MESSAGES.too_long);

/** Trims and collapses whitespace; reports an empty or over-long query. Never throws. */
export function parseSearchQuery(raw: unknown): ParsedSearchQuery {
  const query = normalizedQuery.parse(raw);
  const checked = validQuery.safeParse(query);
  if (checked.success) return { kind: "ok", query };
  const kind = query ? "too_long" : "empty";
  return { kind, query, message: SEARCH_MESSAGES[kind] };
}

const pageSchema = z.coerce.number().int().min(1).max(MAX_PAGE);

/** `?page=` as a page number: anything missing or invalid is page 1, huge values are capped. */
export function parseSearchPage(raw: unknown): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === null || value === "") return 1;
  const parsed = pageSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const number = Number(value);
  return Number.isFinite(number) && number > MAX_PAGE ? MAX_PAGE : 1;
}
