import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SiteChrome } from "@/components/site/site-chrome";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { locales } from "@/lib/i18n/locales";
import { SITE_NAME } from "@/lib/seo/page-metadata";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

// Unknown locales are refused by enterLocale (404). dynamicParams = false here would also apply
// to every page below, whose own parameters are rendered on demand.
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    title: { default: `${SITE_NAME} — ${t("tagline")}`, template: `%s | ${SITE_NAME}` },
    description: t("siteDescription"),
  };
}

// The header, <main> and footer live here, once, for every audience. Rendering them in each route
// group's layout instead repeated them in every not-found and forbidden boundary that Next ships
// inside each page's payload: four headers per reader page. No message catalog reaches the
// browser from here: the header's client parts get their text as props, so reader pages load no
// message runtime; the article's comments, the studio, the desk and the account pages each add a
// NextIntlClientProvider with their own areas.
export default async function LocaleLayout({ children, params }: Props) {
  const locale = await enterLocale(params);
  return (
    <html lang={locale}>
      <body>
        <SiteChrome>{children}</SiteChrome>
      </body>
    </html>
  );
}
