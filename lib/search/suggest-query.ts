import "server-only";
import { db } from "@/lib/db";

// "Mungkin maksud Anda: …": every query word of 3+ letters that no published article contains is
// replaced by the most similar known word (pg_trgm over SearchWord; see refresh-search-words.ts).

/** Minimum trigram similarity for a correction (pg_trgm's own `%` default is 0.3). */
export const SUGGESTION_SIMILARITY = 0.4;

const WORD = /[\p{L}\p{N}]+/gu;
/** Words that can be corrected: plain letters, as SearchWord stores them (numbers are never "typos"). */
const CORRECTABLE = /^[a-z]{3,30}$/;

/** The corrected query, or null when no word needed (or found) a correction. */
export async function suggestQuery(query: string): Promise<string | null> {
  const words = [...new Set(Array.from(query.matchAll(WORD), (m) => m[0].toLowerCase()))].filter(
    (w) => CORRECTABLE.test(w),
  );
  if (!words.length) return null;

  // `word % q` uses the trigram GIN index; the explicit similarity bound is the real threshold.
  const rows = await db.$queryRaw<{ original: string; correction: string }[]>`
    SELECT q.word AS original, best.word AS correction
    FROM unnest(${words}::text[]) AS q(word)
    CROSS JOIN LATERAL (
      SELECT sw.word
      FROM "SearchWord" sw
      WHERE sw.word % q.word AND similarity(sw.word, q.word) > ${SUGGESTION_SIMILARITY}
      ORDER BY similarity(sw.word, q.word) DESC, sw.docs DESC, sw.word
      LIMIT 1
    ) best
    WHERE NOT EXISTS (SELECT 1 FROM "SearchWord" known WHERE known.word = q.word)`;
  if (!rows.length) return null;

  const corrections = new Map(rows.map((r) => [r.original, r.correction]));
  const suggestion = query.replace(WORD, (word) => corrections.get(word.toLowerCase()) ?? word);
  return suggestion === query ? null : suggestion;
}
