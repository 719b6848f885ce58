import "server-only";
import { escapeHtml } from "@/lib/articles/render-document";

// ts_headline marks hits with these control characters instead of HTML, so that its output can be
// escaped as a whole first; only then do the sentinels become <mark> tags. Article text is stripped
// of the sentinels before ts_headline sees it, so no article can forge a mark.
export const MARK_START = "\u0001";
export const MARK_STOP = "\u0002";

export const HEADLINE_OPTIONS = [
  `StartSel=${MARK_START}`,
  `StopSel=${MARK_STOP}`,
  "MaxWords=35",
  "MinWords=15",
  "MaxFragments=2",
  'FragmentDelimiter=" … "',
].join(", ");

/** Safe HTML from a ts_headline result: everything escaped, hits wrapped in <mark>. */
export function headlineToHtml(headline: string) {
  return escapeHtml(headline.replace(/\s+/g, " ").trim())
    .replaceAll(MARK_START, "<mark>")
    .replaceAll(MARK_STOP, "</mark>");
}
