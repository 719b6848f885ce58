// Reader lists are paginated with ?halaman=N (N >= 1). Out-of-range pages are a 404, not an empty list.
export const PAGE_SIZE = 12;

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number };

export function pageCount(total: number, pageSize = PAGE_SIZE) {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Parses a page segment; returns null for anything that is not a positive integer. */
export function parsePageNumber(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

/**
 * A position in a newest-first list: the (publishedAt, id) of the last item seen. Lists seek past
 * it through their index (keyset), so an article published meanwhile shifts nothing.
 */
export type ListCursor = { publishedAt: string; id: string };

/** "<epoch ms>.<id>": short, URL-safe, and opaque enough for a query parameter. */
export function encodeCursor(cursor: ListCursor) {
  return `${Date.parse(cursor.publishedAt)}.${cursor.id}`;
}

export function decodeCursor(raw: string | undefined): ListCursor | null {
  const match = raw ? /^(\d{1,15})\.([a-z0-9]{1,40})$/.exec(raw) : null;
  if (!match) return null;
  return { publishedAt: new Date(Number(match[1])).toISOString(), id: match[2] };
}
