import { standardFormOf } from "@/lib/spelling/nonstandard-forms";

// Which words of a text are worth checking: letters only (with inner hyphens, as in "anak-anak"),
// three letters or more. Words starting with a capital are names more often than not (Jakarta,
// Jokowi) and are left alone unless they are a known non-standard form.

export const WORD_PATTERN = /\p{L}+(?:-\p{L}+)*/gu;

export function isCheckable(word: string) {
  if (word.length < 3) return false;
  if (standardFormOf(word)) return true;
  return word === word.toLowerCase();
}

/** The distinct checkable words of `text`, in order of first appearance. */
export function checkableWords(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(WORD_PATTERN)) if (isCheckable(match[0])) seen.add(match[0]);
  return [...seen];
}
