import { AreaMessages } from "@/components/i18n/area-messages";
import { enterLocale } from "@/lib/i18n/enter-locale";

// The studio's client components (the workspace, the editor, the profile and points forms) need
// their areas in the browser.
export default async function StudioLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await enterLocale(params);
  return (
    <AreaMessages
      locale={locale}
      areas={["common", "account", "notifications", "studio", "editor"]}
    >
      {children}
    </AreaMessages>
  );
}
