import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageGate } from "@/lib/auth/page-gate";
import { getOwnProfile } from "@/lib/users/get-own-profile";
import { VerifyEmailNotice } from "@/components/account/verify-email-notice";
import { ProfileForm } from "./profile-form";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "studio.profile" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function ProfilePage({ params }: Props) {
  await enterLocale(params);
  const { data: profile } = await pageGate("/tulis/profil", getOwnProfile);
  const t = await getTranslations("studio.profile");
  return (
    <div className="profile-page">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {!profile.emailVerified && <VerifyEmailNotice email={profile.email} />}
      <ProfileForm profile={profile} />
    </div>
  );
}
