import { NextIntlClientProvider } from "next-intl";
import "@/components/account/account.css";
import { pickMessages } from "@/lib/i18n/catalog";
import { enterLocale } from "@/lib/i18n/enter-locale";

// The account pages' forms are client components: they get the "auth" messages, here only.
export default async function AuthLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await enterLocale(params);
  return (
    <NextIntlClientProvider messages={pickMessages(locale, ["common", "account", "auth"])}>
      {children}
    </NextIntlClientProvider>
  );
}
