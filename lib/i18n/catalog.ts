import { en as english, id } from "./catalog-index";
import type { Locale } from "./locales";

// One folder per area with a file per language (messages/<area>/<locale>.json), so that areas are
// translated and reviewed apart; scripts/i18n-index.mjs lists them in catalog-index.ts. Typing
// English as Indonesian's shape makes tsc refuse a missing English key; the catalog test refuses
// extra ones and untranslated copies.
export type Messages = typeof id;

const en: Messages = english;

export const catalogs: Record<Locale, Messages> = { id, en };

/** Only the areas a page's client components need: the rest never reaches the browser. */
export function pickMessages(locale: Locale, areas: readonly (keyof Messages)[]) {
  return Object.fromEntries(areas.map((area) => [area, catalogs[locale][area]]));
}
