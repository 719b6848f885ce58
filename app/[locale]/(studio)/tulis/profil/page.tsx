import type { Metadata } from "next";
import { pageGate } from "@/lib/auth/page-gate";
import { getOwnProfile } from "@/lib/users/get-own-profile";
import { VerifyEmailNotice } from "@/components/account/verify-email-notice";
import { ProfileForm } from "./profile-form";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Profil", robots: { index: false } };

export default async function ProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  const { data: profile } = await pageGate("/tulis/profil", getOwnProfile);
  return (
    <div className="profile-page">
      <h1>Profil penulis</h1>
      <p className="muted">
        Nama, foto, bio, dan tautan ini tampil di halaman penulis Anda dan di setiap tulisan Anda.
      </p>
      {!profile.emailVerified && <VerifyEmailNotice email={profile.email} />}
      <ProfileForm profile={profile} />
    </div>
  );
}
