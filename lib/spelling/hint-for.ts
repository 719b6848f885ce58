import { standardFormOf } from "@/lib/spelling/nonstandard-forms";

export type SpellingHint = { word: string; suggestions: string[]; nonstandard: boolean };
type Checker = { correct: (word: string) => boolean; suggest: (word: string) => string[] };

/**
 * The hint for one word, or null when it is fine: a known non-standard form gets its standard
 * form first (even when the dictionary knows the word); an unknown word gets the checker's ideas.
 */
export function hintFor(spell: Checker, word: string): SpellingHint | null {
  const standard = standardFormOf(word);
  if (standard) {
    const others = spell.correct(word) ? [] : spell.suggest(word).filter((s) => s !== standard);
    return { word, suggestions: [standard, ...others].slice(0, 4), nonstandard: true };
  }
  if (spell.correct(word)) return null;
  return { word, suggestions: spell.suggest(word).slice(0, 4), nonstandard: false };
}
