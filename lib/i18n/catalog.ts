import idCommon from "@/messages/common/id.json";
import enCommon from "@/messages/common/en.json";
import type { Locale } from "./locales";

// One file per area and language (messages/<area>/<locale>.json), so that areas are translated and
// reviewed apart. Typing English as Indonesian's shape makes tsc refuse a missing English key; the
// catalog test refuses extra ones and untranslated copies.
const id = {
  common: idCommon,
};

export type Messages = typeof id;

const en: Messages = {
  common: enCommon,
};

export const catalogs: Record<Locale, Messages> = { id, en };

/** Only the areas a page's client components need: the rest never reaches the browser. */
export function pickMessages(locale: Locale, areas: readonly (keyof Messages)[]) {
  return Object.fromEntries(areas.map((area) => [area, catalogs[locale][area]]));
}
