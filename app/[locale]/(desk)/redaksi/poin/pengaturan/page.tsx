import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { authorize } from "@/lib/auth/can";
import { getPointsSettings } from "@/lib/points/points-settings";
import { pageGate } from "@/lib/auth/page-gate";
import { SettingsForm } from "./settings-form";
import "@/components/account/account.css";
import "../points-desk.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "desk.points" });
  return { title: t("settingsTitle") };
}

export default async function PointsSettingsPage({ params }: Params) {
  await enterLocale(params);
  const t = await getTranslations("desk.points");
  const gate = await pageGate("/redaksi/poin/pengaturan", async (user) => {
    authorize(user, "points:manage", undefined);
    return getPointsSettings();
  });
  return (
    <div className="desk-page">
      <p>
        <Link href="/redaksi/poin">{t("back")}</Link>
      </p>
      <h1 className="listing-title">{t("settingsTitle")}</h1>
      <p className="muted">{t("settingsIntro")}</p>
      <SettingsForm settings={gate.data} />
    </div>
  );
}
