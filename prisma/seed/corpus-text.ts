// Turns a corpus body (publisher text, paragraphs joined by blank lines) into clean Warta
// paragraphs: the publisher's dateline, "Baca juga" cross-links and footers point at pages that
// are not on Warta, so they go; the page prints its own dateline ("Jakarta, Warta - ").

const DASH = String.raw`(?:--|—|–|-)`;
/** Publisher names as they appear in datelines. */
const SOURCE = String.raw`(?:CNN Indonesia|ANTARA News|ANTARA|Pos ?Kota|Suara\.com|Merdeka\.com|Rimanews|JUARA\.net|BOLASPORT\.COM|KOMPAS\.com|kumparan|Goal(?:\.com)?|Bola\.com|DailySocial(?:\.id)?)`;
const CITY = String.raw`([\p{L}][\p{L} .']{0,38}?)`;

const DATELINES: RegExp[] = [
  new RegExp(String.raw`^${CITY}\s*,\s*${SOURCE}\s*${DASH}\s*`, "iu"), // Jakarta, CNN Indonesia --
  new RegExp(String.raw`^${CITY}\s*\(\s*${SOURCE}\s*\)\s*${DASH}\s*`, "iu"), // Jakarta (ANTARA News) -
  new RegExp(String.raw`^${SOURCE}\s*,\s*${CITY}\s*${DASH}\s*`, "iu"), // JUARA.NET, KUALA LUMPUR -
  new RegExp(String.raw`^${SOURCE}\s*${DASH}\s*`, "iu"), // Suara.com -
];
/** Pos Kota and JUARA.net also open with a bare place in capitals ("INGGRIS – "). */
const BARE_PLACE = /^([A-Z][A-Z .']{1,28}[A-Z])\s*(?:--|—|–|-)\s+(?=\S)/u;
const BARE_PLACE_PUBLISHERS = new Set(["poskotanews", "juara.net"]);

export const DEFAULT_CITY = "Jakarta";

/** "JAKARTA" -> "Jakarta", "KUALA LUMPUR" -> "Kuala Lumpur"; mixed case is kept as written. */
export function normaliseCity(raw: string) {
  const city = raw.trim().replace(/\s+/g, " ");
  // "Jakart, CNN Indonesia": a clipped "Jakarta" in the source.
  if (city.length >= 5 && DEFAULT_CITY.toLowerCase().startsWith(city.toLowerCase()))
    return DEFAULT_CITY;
  if (city !== city.toUpperCase()) return city;
  return city
    .toLowerCase()
    .split(" ")
    .map((word, i) =>
      i > 0 && ["de", "da", "del", "di"].includes(word)
        ? word
        : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(" ");
}

/** Splits a publisher dateline off the first paragraph. */
export function parseDateline(
  firstParagraph: string,
  publisher = "",
): { city: string | null; text: string } {
  for (const pattern of DATELINES) {
    const match = pattern.exec(firstParagraph);
    if (match)
      return {
        city: match[1] ? normaliseCity(match[1]) : null,
        text: firstParagraph.slice(match[0].length).trim(),
      };
  }
  if (BARE_PLACE_PUBLISHERS.has(publisher)) {
    const match = BARE_PLACE.exec(firstParagraph);
    if (match)
      return { city: normaliseCity(match[1]), text: firstParagraph.slice(match[0].length).trim() };
  }
  return { city: null, text: firstParagraph };
}

/** "Baca juga: …", "(Baca: …)", "[Baca Juga: …]", "SIMAK JUGA - …": links to the publisher's own pages. */
const CROSS_LINK = /^[[(]?\s*(?:(?:baca|simak|lihat)\s+juga\s*(?::|--|—|–|-)|baca\s*:)/i;
/** The same, trailing a paragraph ("… kertas. Baca juga: Ransomware …"). */
const TRAILING_CROSS_LINK = /\s+[[(]?(?:baca|simak)\s+juga\s*:.*$/is;
/** Suara.com's widget placeholder, sometimes dropped in the middle of a word ("Ma Baca_Juga ntan"). */
const WIDGET = "Baca_Juga";
const FOOTERS = [
  /^DailySocial\.id adalah portal berita/i,
  /^\(\s*(?:kredit|foto|sumber foto)\s*:[^()]{1,80}\)$/i,
];
/** Editor initials closing a story: "(ard)", "(rah/rah)", "[sau]", "(Uu. H - RF/I015)". */
const SIGNATURE = /^[[(][\p{L}\p{N} .\-/]{1,24}[\])]$/u;
const TITLE_LIKE_MAX = 130;

function normaliseSpaces(text: string) {
  return text.replace(/[\s\u00a0\u200b-\u200f\u2060\ufeff]+/g, " ").trim();
}

function removeWidget(paragraph: string) {
  if (!paragraph.includes(WIDGET)) return paragraph;
  // A one- or two-letter capitalised fragment before the placeholder is the start of a split word.
  const joined = paragraph.replace(/^(\p{Lu}\p{Ll}?) Baca_Juga (\p{Ll})/u, "$1$2");
  return joined.split(WIDGET).join(" ");
}

/** A paragraph that reads like a headline in a "Baca juga:" list rather than prose. */
function isTitleLike(paragraph: string) {
  return paragraph.length <= TITLE_LIKE_MAX && !/[.”"’']$/.test(paragraph);
}

export type CleanBody = { city: string | null; paragraphs: string[]; dropped: number };

/** Clean paragraphs of a corpus body, and the dateline city if the body opened with one. */
export function cleanBody(body: string, publisher = ""): CleanBody {
  const raw = body.split(/\n\s*\n/).map((p) => normaliseSpaces(removeWidget(p)));
  const paragraphs: string[] = [];
  let city: string | null = null;
  let dropped = 0;
  let datelineSeen = false;
  let skipTitles = 0;

  for (let paragraph of raw) {
    if (skipTitles > 0 && paragraph && isTitleLike(paragraph)) {
      skipTitles--;
      dropped++;
      continue;
    }
    skipTitles = 0;
    if (!paragraph || /^[\p{P}\p{S}\s]+$/u.test(paragraph)) continue;
    if (CROSS_LINK.test(paragraph) || FOOTERS.some((footer) => footer.test(paragraph))) {
      // A bare "Baca juga:" heads a list of titles, one a paragraph.
      if (/^[[(]?\s*\p{L}+(?:\s+juga)?\s*[:\-–—]*\s*[\])]?$/iu.test(paragraph)) skipTitles = 4;
      dropped++;
      continue;
    }
    if (!datelineSeen) {
      datelineSeen = true;
      const dateline = parseDateline(paragraph, publisher);
      city = dateline.city;
      paragraph = dateline.text;
    }
    const trimmed = paragraph.replace(TRAILING_CROSS_LINK, "").trim();
    if (trimmed !== paragraph) dropped++;
    if (trimmed) paragraphs.push(trimmed);
  }
  while (paragraphs.length > 1 && SIGNATURE.test(paragraphs[paragraphs.length - 1])) {
    paragraphs.pop();
    dropped++;
  }
  return { city, paragraphs, dropped };
}

const ABBREVIATIONS = new Set([
  "pt",
  "tbk",
  "dr",
  "drg",
  "drs",
  "ir",
  "prof",
  "jl",
  "jln",
  "no",
  "st",
  "mr",
  "mrs",
  "ms",
  "h",
  "hj",
  "kh",
  "sdr",
  "bpk",
  "kol",
  "brigjen",
  "mayjen",
  "letjen",
  "jend",
  "kompol",
  "akbp",
  "ipda",
  "iptu",
  "aiptu",
  "bripka",
  "vs",
  "inc",
  "co",
  "ltd",
  "sp",
  "spog",
  "spa",
  "m",
  "s",
]);

/** Sentences of `text`; a dot after an abbreviation ("PT. Charoen", "dr. Muki") or an initial ends nothing. */
export function sentences(text: string) {
  const clean = normaliseSpaces(text);
  const out: string[] = [];
  let start = 0;
  for (const match of clean.matchAll(/[.!?]["”’]?(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu)) {
    const lastWord = /([\p{L}]+)$/u.exec(clean.slice(start, match.index))?.[1] ?? "";
    if (
      match[0].startsWith(".") &&
      (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^\p{Lu}$/u.test(lastWord))
    )
      continue;
    const end = match.index + match[0].length;
    out.push(clean.slice(start, end).trim());
    start = end;
  }
  const rest = clean.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/**
 * A subtitle from a summary: its first sentence, plus the next ones while the first is too short
 * to stand alone ("Kecewa."), never over `max` characters; an over-long sentence is cut at a word
 * boundary with "…".
 */
export function firstSentence(text: string, max = 160, minLength = 60) {
  const [first = "", ...rest] = sentences(text);
  let lead = first;
  for (const next of rest) {
    if (lead.length >= minLength || lead.length + 1 + next.length > max) break;
    lead = `${lead} ${next}`;
  }
  if (lead.length <= max) return lead;
  const cut = lead.slice(0, max - 1);
  const atSpace = cut.lastIndexOf(" ");
  return `${(atSpace > max / 2 ? cut.slice(0, atSpace) : cut).replace(/[\s,;:–—-]+$/u, "")}…`;
}
