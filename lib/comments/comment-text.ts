import { z } from "zod";

// Comment text as readers type it: stored verbatim, rendered as text with auto-linked URLs.
// Shared by the verbs (validation, link counting) and the client island (rendering).

export const COMMENT_MAX_LENGTH = 2000;

export const commentBodySchema = z
  .string({ error: "Tulis komentar Anda." })
  .superRefine((text, ctx) => {
    if (text.trim().length === 0)
      ctx.addIssue({ code: "custom", message: "Komentar tidak boleh kosong. Tulis sesuatu dulu." });
    else if (text.length > COMMENT_MAX_LENGTH)
      ctx.addIssue({
        code: "custom",
        message: `Komentar paling banyak ${COMMENT_MAX_LENGTH.toLocaleString("id-ID")} karakter (sekarang ${text.length.toLocaleString("id-ID")}). Persingkat komentar Anda.`,
      });
  });

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
