import { NextIntlClientProvider } from "next-intl";
import { pickMessages, type Messages } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The message areas an audience's client components need, sent to the browser for its pages only
 * (the locale layout sends none). A nested provider replaces the one above it, so each names every
 * area its pages use, "common" included.
 */
export function AreaMessages({
  locale,
  areas,
  children,
}: {
  locale: Locale;
  areas: readonly (keyof Messages)[];
  children: React.ReactNode;
}) {
  return (
    <NextIntlClientProvider messages={pickMessages(locale, areas)}>
      {children}
    </NextIntlClientProvider>
  );
}
