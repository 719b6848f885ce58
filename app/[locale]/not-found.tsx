import { getTranslations } from "next-intl/server";
import { NotFoundContent, type NotFoundCopy } from "@/components/site/not-found-content";
import { locales, type Locale } from "@/lib/i18n/locales";

export const metadata = { robots: { index: false } };

async function copyIn(locale: Locale): Promise<NotFoundCopy> {
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    title: t("notFound.title"),
    body: t("notFound.body"),
    searchLabel: t("search.other"),
    inputLabel: t("search.inputLabel"),
    submit: t("search.submit"),
    backHome: t("notFound.backHome"),
  };
}

// The 404 page for every audience. The locale layout gives it the header, <main> and footer, so
// this boundary (which Next ships inside every page's payload) stays small. Its locale is not known
// here (see NotFoundContent): the text of both languages is passed, read with explicit locales.
export default async function NotFound() {
  const entries = await Promise.all(locales.map(async (l) => [l, await copyIn(l)] as const));
  return <NotFoundContent copies={Object.fromEntries(entries) as Record<Locale, NotFoundCopy>} />;
}
