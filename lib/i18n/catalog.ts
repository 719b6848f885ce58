import idCommon from "@/messages/id/common.json";
import enCommon from "@/messages/en/common.json";
import idSite from "@/messages/id/site.json";
import enSite from "@/messages/en/site.json";
import idArticle from "@/messages/id/article.json";
import enArticle from "@/messages/en/article.json";
import type { Locale } from "./locales";

// One file per area and language (messages/<locale>/<area>.json), so that areas are translated and
// reviewed apart. Typing English as Indonesian's shape makes tsc refuse a missing English key; the
// catalog test refuses extra ones and untranslated copies.
const id = {
  common: idCommon,
  site: idSite,
  article: idArticle,
};

export type Messages = typeof id;

const en: Messages = {
  common: enCommon,
  site: enSite,
  article: enArticle,
};

export const catalogs: Record<Locale, Messages> = { id, en };

/** Only the areas a page's client components need: the rest never reaches the browser. */
export function pickMessages(locale: Locale, areas: readonly (keyof Messages)[]) {
  return Object.fromEntries(areas.map((area) => [area, catalogs[locale][area]]));
}
