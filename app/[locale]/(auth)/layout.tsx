import "@/components/account/account.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

export default async function AuthLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  await enterLocale(params);
  return children;
}
