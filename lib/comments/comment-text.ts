// Comment text as readers type it: stored verbatim, rendered as text with auto-linked URLs.
// Shared by the verbs (link counting) and the client island (rendering); no zod here, so the
// island does not ship it. The schema is in comment-body-schema.ts.

export const COMMENT_MAX_LENGTH = 2000;

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"']+/giu;
/** Punctuation that ends a sentence rather than a URL ("lihat https://contoh.id."). */
const TRAILING = /[.,;:!?)\]}»"”’]+$/u;

export type TextPart =
  { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

/** Splits text into plain runs and http(s) links; anything else stays text. */
export function linkifyText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0].replace(TRAILING, "");
    const start = match.index ?? 0;
    if (start > last) parts.push({ kind: "text", text: text.slice(last, start) });
    const href = raw.toLowerCase().startsWith("www.") ? `https://${raw}` : raw;
    parts.push({ kind: "link", text: raw, href });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

export function countLinks(text: string): number {
  return linkifyText(text).filter((part) => part.kind === "link").length;
}
