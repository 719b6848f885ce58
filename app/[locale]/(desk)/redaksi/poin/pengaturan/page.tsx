import type { Metadata } from "next";
import Link from "next/link";
import { authorize } from "@/lib/auth/can";
import { getPointsSettings } from "@/lib/points/points-settings";
import { pageGate } from "@/lib/auth/page-gate";
import { SettingsForm } from "./settings-form";
import "@/components/account/account.css";
import "../points-desk.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Pengaturan poin" };

export default async function PointsSettingsPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  await enterLocale(params);
  const gate = await pageGate("/redaksi/poin/pengaturan", async (user) => {
    authorize(user, "points:manage", undefined);
    return getPointsSettings();
  });
  return (
    <div className="desk-page">
      <p>
        <Link href="/redaksi/poin">← Poin & Penukaran</Link>
      </p>
      <h1 className="listing-title">Pengaturan poin</h1>
      <p className="muted">
        Perubahan tarif berlaku untuk pembaca yang belum dikonversi menjadi poin; poin yang sudah
        tercatat tidak berubah.
      </p>
      <SettingsForm settings={gate.data} />
    </div>
  );
}
