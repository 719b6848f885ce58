// The corpus titles are URL slugs ("ketua mpr mustahil ..."): the original casing is lost. The
// article body still shows how each word is written (MPR, iPhone, Jakarta), so a headline is
// rebuilt from the body's own spelling, and plain words get Indonesian title case.

/** Words that stay lowercase inside a headline (PUEBI: particles, prepositions, conjunctions). */
const FUNCTION_WORDS = new Set([
  "di",
  "ke",
  "dari",
  "dan",
  "yang",
  "untuk",
  "dengan",
  "pada",
  "atau",
  "dalam",
  "oleh",
  "agar",
  "bagi",
  "kepada",
  "terhadap",
  "tentang",
  "serta",
  "sebagai",
  "karena",
  "tetapi",
  "namun",
  "hingga",
  "sampai",
  "daripada",
  "antara",
  "per",
  "ala",
  "pun",
  "lah",
  "kah",
  "nya",
  "the",
  "of",
  "and",
  "in",
  "on",
  "for",
  "to",
  "vs",
  "v",
  "x",
]);

const WORD = /[\p{L}\p{N}]+/gu;
/** "e-KTP", "anak-anak", and dotted names such as "Nikah.id" (a dot between letters, no space). */
const COMPOUND = /[\p{L}\p{N}]+(?:(?:-|\.(?=\p{L}))[\p{L}\p{N}]+)+/gu;
/** What may sit between a sentence end and the next word: spaces, opening quotes and brackets. */
const OPENERS = /[\s"'“‘(\[]*$/u;
/** Two to five consonants and no vowel cannot be an Indonesian word: an acronym such as KKP or DPR. */
const CONSONANT_ACRONYM = /^[bcdfghjklmnpqrstvwxz]{2,5}$/;
/** Acronyms with vowels that headlines use without the body spelling them ("as" is Amerika Serikat). */
const KNOWN_ACRONYMS = new Set([
  "as",
  "ri",
  "wni",
  "wna",
  "pbb",
  "tni",
  "polri",
  "kpk",
  "mpr",
  "bumn",
  "ojk",
  "bi",
  "pssi",
  "uu",
  "ktp",
  "bpjs",
  "ham",
  "psg",
  "fc",
  "ac",
  "bbm",
  "ui",
  "itb",
  "ugm",
  "dki",
  "ott",
  "ump",
  "umr",
  "apbn",
  "apbd",
]);

type Spellings = Map<string, Map<string, number>>;

export type CasingStats = {
  /** lowercase word -> spellings seen away from a sentence start, with counts */
  inner: Spellings;
  /** lowercase word -> spellings seen at a sentence start (only distinctive ones are trusted) */
  initial: Spellings;
  /** compound key ("e-ktp", "nikah-id") -> spellings ("e-KTP", "Nikah.id") */
  compounds: Spellings;
  /** the lowercase text, for looking up number forms such as "6,68" */
  lower: string;
};

function bump(map: Spellings, key: string, form: string) {
  const forms = map.get(key) ?? new Map<string, number>();
  forms.set(form, (forms.get(form) ?? 0) + 1);
  map.set(key, forms);
}

function isSentenceStart(before: string) {
  const rest = before.replace(OPENERS, "");
  return rest === "" || /[.!?:…]$/.test(rest);
}

const isLower = (form: string) => form === form.toLowerCase();
/** Capitalised only at the front ("Jakarta"): what title case would produce anyway. */
const isPlainCapitalised = (form: string) => /^\p{Lu}[\p{Ll}\p{N}]*$/u.test(form);
/** ALL CAPS or mixed case ("MPR", "iPhone", "GoPro"): a spelling worth keeping. */
const isDistinctive = (form: string) =>
  !isLower(form) && !isPlainCapitalised(form) && /\p{L}/u.test(form);
const compoundKey = (form: string) => form.toLowerCase().replace(/\./g, "-");

/** Counts how each word of `text` is spelled; paragraphs are separated by blank lines. */
export function casingStats(text: string): CasingStats {
  const stats: CasingStats = {
    inner: new Map(),
    initial: new Map(),
    compounds: new Map(),
    lower: text.toLowerCase(),
  };
  for (const paragraph of text.split(/\n\s*\n/)) {
    // Words inside a dotted name ("JUARA.net", "Suara.com") say nothing about the word alone.
    const dotted: Array<[number, number]> = [];
    for (const match of paragraph.matchAll(COMPOUND)) {
      const form = match[0];
      if (form.includes(".")) dotted.push([match.index, match.index + form.length]);
      // A sentence start capitalises "Sehari-hari" without telling anything about the word.
      if (
        !isSentenceStart(paragraph.slice(0, match.index)) ||
        isDistinctive(form.split(/[-.]/)[0])
      ) {
        bump(stats.compounds, compoundKey(form), form);
      }
    }
    for (const match of paragraph.matchAll(WORD)) {
      if (dotted.some(([start, end]) => match.index >= start && match.index < end)) continue;
      const form = match[0];
      bump(
        isSentenceStart(paragraph.slice(0, match.index)) ? stats.initial : stats.inner,
        form.toLowerCase(),
        form,
      );
    }
  }
  return stats;
}

const uppercaseCount = (form: string) => (form.match(/\p{Lu}/gu) ?? []).length;

function mostFrequent(
  forms: Map<string, number> | undefined,
  accept: (form: string) => boolean = () => true,
) {
  let best: string | undefined;
  let bestCount = 0;
  for (const [form, count] of forms ?? []) {
    if (!accept(form)) continue;
    // On a tie the quieter spelling wins ("Manchester" over "MANCHESTER"), then the alphabetically
    // first, so the result never depends on the order of the text.
    const better =
      count > bestCount ||
      (count === bestCount &&
        best !== undefined &&
        (uppercaseCount(form) - uppercaseCount(best) || (form < best ? -1 : 1)) < 0);
    if (better) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const isAllCaps = (form: string) => form === form.toUpperCase() && /\p{L}/u.test(form);

function caseWord(word: string, first: boolean, stats: CasingStats) {
  const inner = stats.inner.get(word);
  const spellings = [...(inner?.keys() ?? []), ...(stats.initial.get(word)?.keys() ?? [])];
  // ALL CAPS is emphasis ("JUGA DISUKAI", "MANCHESTER" in a caps lead) when the body also writes
  // the word normally; short acronyms only give way to a lowercase spelling.
  const notShouted = (form: string) =>
    !(
      isAllCaps(form) &&
      form.length > 1 &&
      (form.length >= 4 ? spellings.some((other) => !isAllCaps(other)) : inner?.has(word))
    );
  const seen =
    mostFrequent(inner, notShouted) ??
    mostFrequent(stats.initial.get(word), (form) => isDistinctive(form) && notShouted(form));
  if (seen && isDistinctive(seen)) return seen;
  const functionWord = !first && FUNCTION_WORDS.has(word);
  // Capitalised inside sentences: a name, even one that looks like a function word ("The Little
  // Prince"), unless the body also uses the plain word ("ke" beside a quoted "Ke Kami").
  if (seen && isPlainCapitalised(seen) && !(functionWord && inner?.has(word))) return seen;
  if (functionWord) return word;
  if ((!seen || isLower(seen)) && KNOWN_ACRONYMS.has(word)) return word.toUpperCase();
  if (!seen && CONSONANT_ACRONYM.test(word)) return word.toUpperCase();
  return capitalise(word);
}

/** A compound the body writes in lowercase still gets title case: "Anak-Anak", "Sehari-hari", "Detik.com". */
function caseCompound(form: string, first: boolean, stats: CasingStats) {
  if (!isLower(form)) return form;
  const parts = form.split(/([-.])/);
  const head = caseWord(parts[0], first, stats);
  // Full reduplication is capitalised throughout in a title; other compounds only up front.
  const words = parts.filter((_, i) => i % 2 === 0);
  const fullReduplication = words.every((word) => word === words[0]);
  return [
    head,
    ...parts.slice(1).map((part, i) => (i % 2 === 1 && fullReduplication ? head : part)),
  ].join("");
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The body's spelling of "a b" as one compound, if it writes it that way at least as often as apart. */
function writtenAsCompound(a: string, b: string, stats: CasingStats) {
  const forms = stats.compounds.get(`${a}-${b}`);
  if (!forms) return undefined;
  const together = [...forms.values()].reduce((sum, n) => sum + n, 0);
  const apart =
    stats.lower.match(
      new RegExp(
        `(?<![\\p{L}\\p{N}.-])${escapeRegExp(a)} ${escapeRegExp(b)}(?![\\p{L}\\p{N}])`,
        "gu",
      ),
    )?.length ?? 0;
  return together >= apart ? mostFrequent(forms) : undefined;
}

/** A decimal number the slug split in two ("6 68" for "6,68"), looked up in the body. */
function writtenAsNumber(a: string, b: string, stats: CasingStats) {
  if (!/^\d+$/.test(a) || !/^\d+$/.test(b)) return undefined;
  const separator = [",", "."].find((sep) =>
    new RegExp(`(?:^|[^\\d.,])${a}\\${sep}${b}(?:$|[^\\d])`).test(stats.lower),
  );
  return separator && `${a}${separator}${b}`;
}

/** The words of a slug-derived title ("djanur.genjot.persiapan" has dots; some are %-encoded). */
export function titleWords(slugTitle: string) {
  let title = slugTitle;
  try {
    title = decodeURIComponent(slugTitle);
  } catch {
    // Not percent-encoded after all: use it as it is.
  }
  return title
    .toLowerCase()
    .split(/[\s._\-]+/)
    .filter(Boolean);
}

/**
 * Rebuilds a headline from a slug-derived title and the article's body text.
 * Adjacent words that the body writes as one ("6,68", "e-KTP", "Nikah.id") are joined again.
 */
export function headlineCase(slugTitle: string, body: string | CasingStats) {
  const stats = typeof body === "string" ? casingStats(body) : body;
  const words = titleWords(slugTitle);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const next = words[i + 1];
    const number = next === undefined ? undefined : writtenAsNumber(word, next, stats);
    const compound =
      next === undefined || number ? undefined : writtenAsCompound(word, next, stats);
    if (number) out.push(number);
    else if (compound) out.push(caseCompound(compound, i === 0, stats));
    // "tahun 70 an" is the decade "70-an".
    else if (/^\d+$/.test(word) && next === "an") out.push(`${word}-an`);
    else {
      out.push(caseWord(word, i === 0, stats));
      continue;
    }
    i++;
  }
  const headline = out.join(" ");
  return headline.charAt(0).toUpperCase() + headline.slice(1);
}
