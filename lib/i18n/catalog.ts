import idCommon from "@/messages/id/common.json";
import enCommon from "@/messages/en/common.json";
import idStudio from "@/messages/id/studio.json";
import enStudio from "@/messages/en/studio.json";
import idEditor from "@/messages/id/editor.json";
import enEditor from "@/messages/en/editor.json";
import type { Locale } from "./locales";

// One file per area and language (messages/<locale>/<area>.json), so that areas are translated and
// reviewed apart. Typing English as Indonesian's shape makes tsc refuse a missing English key; the
// catalog test refuses extra ones and untranslated copies.
const id = {
  common: idCommon,
  studio: idStudio,
  editor: idEditor,
};

export type Messages = typeof id;

const en: Messages = {
  common: enCommon,
  studio: enStudio,
  editor: enEditor,
};

export const catalogs: Record<Locale, Messages> = { id, en };

/** Only the areas a page's client components need: the rest never reaches the browser. */
export function pickMessages(locale: Locale, areas: readonly (keyof Messages)[]) {
  return Object.fromEntries(areas.map((area) => [area, catalogs[locale][area]]));
}
