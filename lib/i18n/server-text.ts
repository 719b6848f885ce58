import "server-only";
import { cookies } from "next/headers";
import { getLocale } from "next-intl/server";
import common from "@/messages/en/server/common.json";
import comments from "@/messages/en/server/comments.json";
import type { FieldErrors } from "@/lib/actions/result";
import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from "./locales";

// Text the server makes (AppError and zod messages, actions' success messages, JSON routes'
// messages) is written in Indonesian where it is raised — verbs and their tests read naturally,
// and Indonesian is the product's language — and translated where it leaves the server: the
// action client and jsonRoute. English is a map from the Indonesian text, one file per area under
// messages/en/server/; "{name}" in a key stands for a variable part (a number, a title).
const english: Record<string, string> = { ...common, ...comments };

type Pattern = { test: RegExp; names: string[]; to: string };
const patterns: Pattern[] = Object.entries(english)
  .filter(([from]) => /\{\w+\}/.test(from))
  .map(([from, to]) => {
    const names = [...from.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const source = from
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("(.+?)");
    return { test: new RegExp(`^${source}$`, "s"), names, to };
  });

export function translateServerText(locale: Locale, text: string): string {
  if (locale === "id") return text;
  const exact = english[text];
  if (exact) return exact;
  for (const pattern of patterns) {
    const match = pattern.test.exec(text);
    if (!match) continue;
    return pattern.names.reduce(
      (out, name, index) => out.replaceAll(`{${name}}`, match[index + 1]),
      pattern.to,
    );
  }
  return text;
}

export function translateFieldErrors(locale: Locale, fieldErrors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => [
      field,
      messages.map((message) => translateServerText(locale, message)),
    ]),
  );
}

/** The language of this request: the page's (server actions) or the reader's cookie (app/api). */
export async function serverLocale(): Promise<Locale> {
  const fromPage = await getLocale().catch(() => defaultLocale);
  if (fromPage !== defaultLocale) return fromPage;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : defaultLocale;
}

/** Every Indonesian text with an English translation: for the coverage test. */
export const translatedServerTexts = Object.keys(english);
