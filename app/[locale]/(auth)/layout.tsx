import "@/components/account/account.css";
import { AreaMessages } from "@/components/i18n/area-messages";
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
    <AreaMessages locale={locale} areas={["common", "account", "auth"]}>
      {children}
    </AreaMessages>
  );
}
