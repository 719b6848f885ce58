// Word shingles for the originality check: a text is the set of its overlapping five-word runs.
// Copied passages share many runs; two independent texts on one topic share almost none.

export const SHINGLE_SIZE = 5;

type Word = { key: string; start: number; end: number };

/** Lowercased words with their place in the original text (so a shared passage can be quoted as written). */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    key: m[0].toLocaleLowerCase("id-ID"),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function shingleAt(words: Word[], i: number) {
  return words
    .slice(i, i + SHINGLE_SIZE)
    .map((w) => w.key)
    .join(" ");
}

export function shingleSet(text: string): Set<string> {
  const words = wordsOf(text);
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE_SIZE <= words.length; i++) set.add(shingleAt(words, i));
  return set;
}

export type Overlap = {
  /** Shared shingles / the submission's shingles, 0..1. */
  overlap: number;
  shared: number;
  /** The longest run of the submission found in the other text, as written in the submission. */
  passage: string;
};

const MAX_PASSAGE = 400;

/** How much of `submission` appears in `other`, measured in distinct five-word shingles. */
export function compareWithShingles(submission: string, other: Set<string>): Overlap {
  const words = wordsOf(submission);
  const seen = new Set<string>();
  let shared = 0;
  let bestStart = -1;
  let bestLength = 0;
  let runStart = -1;
  for (let i = 0; i + SHINGLE_SIZE <= words.length; i++) {
    const shingle = shingleAt(words, i);
    const found = other.has(shingle);
    if (!seen.has(shingle)) {
      seen.add(shingle);
      if (found) shared++;
    }
    if (found) {
      if (runStart < 0) runStart = i;
      if (i - runStart + 1 > bestLength) {
        bestLength = i - runStart + 1;
        bestStart = runStart;
      }
    } else runStart = -1;
  }
  let passage = "";
  if (bestStart >= 0) {
    const last = words[bestStart + bestLength + SHINGLE_SIZE - 2];
    passage = submission.slice(words[bestStart].start, last.end);
    if (passage.length > MAX_PASSAGE)
      passage = passage.slice(0, MAX_PASSAGE).replace(/\s+\S*$/, "") + " …";
  }
  return { overlap: seen.size ? shared / seen.size : 0, shared, passage };
}
