import idCommon from "@/messages/id/common.json";
import enCommon from "@/messages/en/common.json";
import idComments from "@/messages/id/comments.json";
import enComments from "@/messages/en/comments.json";
import idModeration from "@/messages/id/moderation.json";
import enModeration from "@/messages/en/moderation.json";
import type { Locale } from "./locales";

// One file per area and language (messages/<locale>/<area>.json), so that areas are translated and
// reviewed apart. Typing English as Indonesian's shape makes tsc refuse a missing English key; the
// catalog test refuses extra ones and untranslated copies.
const id = {
  common: idCommon,
  comments: idComments,
  moderation: idModeration,
};

export type Messages = typeof id;

const en: Messages = {
  common: enCommon,
  comments: enComments,
  moderation: enModeration,
};

export const catalogs: Record<Locale, Messages> = { id, en };

/** Only the areas a page's client components need: the rest never reaches the browser. */
export function pickMessages(locale: Locale, areas: readonly (keyof Messages)[]) {
  return Object.fromEntries(areas.map((area) => [area, catalogs[locale][area]]));
}
