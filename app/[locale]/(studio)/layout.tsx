import { NextIntlClientProvider } from "next-intl";
import { pickMessages } from "@/lib/i18n/catalog";
import { enterLocale } from "@/lib/i18n/enter-locale";

// The studio's client components (the workspace, the editor, the profile and points forms) need
// their areas in the browser; the locale layout sends only the reader pages' ones. A nested
// provider replaces the messages above it, so "common" is repeated here.
export default async function StudioLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await enterLocale(params);
  return (
    <NextIntlClientProvider
      messages={pickMessages(locale, ["common", "account", "notifications", "studio", "editor"])}
    >
      {children}
    </NextIntlClientProvider>
  );
}
