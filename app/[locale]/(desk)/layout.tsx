import type { Metadata } from "next";
import { can } from "@/lib/auth/can";
import { getSessionUser } from "@/lib/auth/session";
import { enterDesk } from "@/lib/articles/review/enter-desk";
import { DeskNav } from "./desk-nav";
import "./desk.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = {
  title: { default: "Redaksi", template: "%s | Redaksi Warta" },
  robots: { index: false },
};

// Not a security boundary: every desk page calls a verb that checks `desk:enter` itself. The layout
// only decides whether to show the desk's navigation.
export default async function DeskLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  await enterLocale(params);
  const user = await getSessionUser();
  const counts = user && can(user, "desk:enter", undefined) ? await enterDesk(user) : null;
  return (
    <>
      {counts && user && (
        <DeskNav
          waiting={counts.waiting}
          scheduled={counts.scheduled}
          showAudit={can(user, "audit:read", undefined)}
        />
      )}
      {children}
    </>
  );
}
