// The corpus titles are URL slugs ("ketua mpr mustahil ..."): the original casing is lost. The
// article body still shows how each word is written (MPR, iPhone, Jakarta), so a headline is
// rebuilt from the body's own spelling, and plain words get Indonesian title case.

/** Words that stay lowercase inside a headline (PUEBI: particles, prepositions, conjunctions). */
const FUNCTION_WORDS = new Set([
  "di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada", "atau", "dalam", "oleh", "agar",
  "bagi", "kepada", "terhadap", "tentang", "serta", "sebagai", "karena", "tetapi", "namun", "hingga",
  "sampai", "daripada", "antara", "per", "ala", "pun", "lah", "kah", "nya",
  "the", "of", "and", "in", "on", "for", "to", "vs", "x",
]);

const WORD = /[\p{L}\p{N}]+/gu;
const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
/** What may sit between a sentence end and the next word: spaces, opening quotes and brackets. */
const OPENERS = /[\s"'“‘(\[]*$/u;

export type CasingStats = {
  /** lowercase word -> the spellings seen away from a sentence start, with counts */
  inner: Map<string, Map<string, number>>;
  /** lowercase word -> spellings seen at a sentence start (only distinctive ones are trusted) */
  initial: Map<string, Map<string, number>>;
  /** lowercase "a-b" -> spellings of hyphenated words, e.g. "e-ktp" -> { "e-KTP": 3 } */
  hyphenated: Map<string, Map<string, number>>;
  /** the lowercase text, for looking up number forms such as "6,68" */
  lower: string;
};

function bump(map: Map<string, Map<string, number>>, key: string, form: string) {
  const forms = map.get(key) ?? new Map<string, number>();
  forms.set(form, (forms.get(form) ?? 0) + 1);
  map.set(key, forms);
}

function isSentenceStart(before: string) {
  const rest = before.replace(OPENERS, "");
  return rest === "" || /[.!?:…]$/.test(rest);
}

/** Counts how each word of `text` is spelled; paragraphs are separated by blank lines. */
export function casingStats(text: string): CasingStats {
  const stats: CasingStats = { inner: new Map(), initial: new Map(), hyphenated: new Map(), lower: text.toLowerCase() };
  for (const paragraph of text.split(/\n\s*\n/)) {
    for (const match of paragraph.matchAll(WORD)) {
      const form = match[0];
      bump(isSentenceStart(paragraph.slice(0, match.index)) ? stats.initial : stats.inner, form.toLowerCase(), form);
    }
    for (const match of paragraph.matchAll(HYPHENATED)) {
      const form = match[0];
      // A sentence start capitalises "Sehari-hari" without telling anything about the word.
      if (!isSentenceStart(paragraph.slice(0, match.index)) || isDistinctive(form.split("-")[0])) {
        bump(stats.hyphenated, form.toLowerCase(), form);
      }
    }
  }
  return stats;
}

const isLower = (form: string) => form === form.toLowerCase();
/** Capitalised only at the front ("Jakarta"): what title case would produce anyway. */
const isPlainCapitalised = (form: string) => /^\p{Lu}[\p{Ll}\p{N}]*$/u.test(form);
/** ALL CAPS (2+ letters) or mixed case ("iPhone", "GoPro"): a spelling worth keeping. */
const isDistinctive = (form: string) => !isLower(form) && !isPlainCapitalised(form) && /\p{L}/u.test(form);

function mostFrequent(forms: Map<string, number> | undefined, accept: (form: string) => boolean = () => true) {
  let best: string | undefined;
  let bestCount = 0;
  for (const [form, count] of forms ?? []) {
    if (!accept(form)) continue;
    // Ties go to the alphabetically first spelling so the result never depends on text order.
    if (count > bestCount || (count === bestCount && best !== undefined && form < best)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function caseWord(word: string, first: boolean, stats: CasingStats) {
  const lower = word.toLowerCase();
  const seen = mostFrequent(stats.inner.get(lower)) ?? mostFrequent(stats.initial.get(lower), isDistinctive);
  if (seen && isDistinctive(seen)) return seen;
  if (!first && FUNCTION_WORDS.has(lower)) return lower;
  if (seen && isPlainCapitalised(seen)) return seen;
  return capitalise(lower);
}

function caseHyphenated(parts: string[], first: boolean, stats: CasingStats) {
  const seen = mostFrequent(stats.hyphenated.get(parts.join("-")));
  if (seen && !isLower(seen)) return seen;
  const head = caseWord(parts[0], first, stats);
  // Full reduplication is capitalised throughout in a title ("Anak-Anak"); other compounds only up front.
  const fullReduplication = parts.every((part) => part === parts[0]);
  return [head, ...parts.slice(1).map((part) => (fullReduplication ? head : part))].join("-");
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The body writes "a-b" at least as often as "a b", so the slug's space stands for a hyphen. */
function writtenHyphenated(a: string, b: string, stats: CasingStats) {
  const forms = stats.hyphenated.get(`${a}-${b}`);
  if (!forms) return false;
  const hyphenated = [...forms.values()].reduce((sum, n) => sum + n, 0);
  const spaced = stats.lower.match(new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(a)} ${escapeRegExp(b)}(?![\\p{L}\\p{N}])`, "gu"))?.length ?? 0;
  return hyphenated >= spaced;
}

/** Splits a slug-derived title into words ("djanur.genjot.persiapan" has dots instead of spaces). */
export function titleWords(slugTitle: string) {
  return slugTitle.toLowerCase().split(/[\s._\-]+/).filter(Boolean);
}

/**
 * Rebuilds a headline from a slug-derived title and the article's body text.
 * Adjacent words that the body writes as one ("6,68", "e-KTP", "anak-anak") are joined again.
 */
export function headlineCase(slugTitle: string, body: string | CasingStats) {
  const stats = typeof body === "string" ? casingStats(body) : body;
  const words = titleWords(slugTitle);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const next = words[i + 1];
    if (next !== undefined && /^\d+$/.test(word) && /^\d+$/.test(next)) {
      const separator = [",", "."].find((sep) => new RegExp(`(^|[^\\d.,])${word}\\${sep}${next}($|[^\\d])`).test(stats.lower));
      if (separator) {
        out.push(`${word}${separator}${next}`);
        i++;
        continue;
      }
    }
    if (next !== undefined && writtenHyphenated(word, next, stats)) {
      out.push(caseHyphenated([word, next], i === 0, stats));
      i++;
      continue;
    }
    out.push(caseWord(word, i === 0, stats));
  }
  const headline = out.join(" ");
  return headline.charAt(0).toUpperCase() + headline.slice(1);
}
