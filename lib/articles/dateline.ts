import { escapeHtml } from "@/lib/articles/render-document";

/**
 * "Jakarta, Warta - " opens the first paragraph, as in print. Built by concatenation, never with
 * `String.replace`: a replacement string interprets `$&`, `$1`, `` $` `` — and a dateline is user text.
 */
export function withDateline(bodyHtml: string, city: string, publisher: string): string {
  const dateline = `<span class="dateline">${escapeHtml(city)}, ${escapeHtml(publisher)} - </span>`;
  return bodyHtml.startsWith("<p>")
    ? `<p>${dateline}${bodyHtml.slice("<p>".length)}`
    : `<p>${dateline}</p>${bodyHtml}`;
}
