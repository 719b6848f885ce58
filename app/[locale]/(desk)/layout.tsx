import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/can";
import { getSessionUser } from "@/lib/auth/session";
import { enterDesk } from "@/lib/articles/review/enter-desk";
import { AreaMessages } from "@/components/i18n/area-messages";
import { DeskNav } from "./desk-nav";
import "./desk.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "desk.meta" });
  return { title: { default: t("title"), template: t("template") }, robots: { index: false } };
}

// Not a security boundary: every desk page calls a verb that checks `desk:enter` itself. The layout
// only decides whether to show the desk's navigation. Its messages name every area the desk's
// client components use (the review page renders the studio's editor too).
export default async function DeskLayout({ children, params }: Props) {
  const locale = await enterLocale(params);
  const user = await getSessionUser();
  const counts = user && can(user, "desk:enter", undefined) ? await enterDesk(user) : null;
  return (
    <AreaMessages locale={locale} areas={["common", "account", "desk", "studio", "editor"]}>
      {counts && user && (
        <DeskNav
          waiting={counts.waiting}
          scheduled={counts.scheduled}
          showAudit={can(user, "audit:read", undefined)}
        />
      )}
      {children}
    </AreaMessages>
  );
}
