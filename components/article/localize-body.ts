import type { Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";

// The body is rendered once per article for every language (lib/articles/render-document.ts) and
// cached; what belongs to the interface rather than to the writer's text is adjusted here: the
// "Baca Juga" label, and links to the site's own pages, which stay in the reader's language.
// Both patterns can only come from the renderer's own markup: user text reaches it escaped.
const READ_ALSO_LABEL = '<aside class="read-also"><strong>Baca Juga:</strong>';
const SITE_LINK = /<a href="(\/(?!\/)[^"]*)"/g;

export function localizeBody(html: string, locale: Locale, readAlso: string): string {
  if (locale === "id") return html;
  const label = `<aside class="read-also"><strong>${escapeText(readAlso)}</strong>`;
  return html
    .split(READ_ALSO_LABEL)
    .join(label)
    .replace(SITE_LINK, (_, path: string) => `<a href="${localizedPath(locale, path)}"`);
}

function escapeText(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
