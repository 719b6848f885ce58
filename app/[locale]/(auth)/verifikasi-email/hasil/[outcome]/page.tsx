import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { VerifyEmailResult } from "@/lib/users/verify-email";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = { params: Promise<{ locale: string; outcome: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "auth.verify" });
  return { title: t("title"), robots: { index: false } };
}

// Each outcome's words are auth.verify.<text> in the catalog.
const OUTCOMES = {
  verified: { ok: true, text: "verified" },
  "already-verified": { ok: true, text: "wasVerified" },
  expired: { ok: false, text: "expired" },
  invalid: { ok: false, text: "invalid" },
} as const satisfies Record<VerifyEmailResult, { ok: boolean; text: string }>;

const isOutcome = (value: string): value is VerifyEmailResult => Object.hasOwn(OUTCOMES, value);

// Four fixed pages, rendered at build: what the link's route handler (../../[token]/route.ts) found.
// The link never signs anyone in: mail scanners open links and e-mails get forwarded, so a one-time
// link that opened a session would hand the account to whoever holds the e-mail. The password
// chosen at sign-up is the proof; a browser that is signed in already goes straight on to /tulis.
export const dynamicParams = false;
export const generateStaticParams = async () =>
  Object.keys(OUTCOMES).map((outcome) => ({ outcome }));

export default async function VerifyEmailOutcomePage({ params }: Props) {
  await enterLocale(params);
  const t = await getTranslations("auth.verify");
  const { outcome: name } = await params;
  if (!isOutcome(name)) notFound();
  const outcome = OUTCOMES[name];
  return (
    <div className="auth-page">
      <h1>{t("title")}</h1>
      <p
        role={outcome.ok ? "status" : "alert"}
        className={outcome.ok ? "form-success" : "form-message"}
      >
        {t(outcome.text)}
      </p>
      <p className="form-links">
        {outcome.ok ? (
          <Link href="/masuk?next=%2Ftulis">{t("signInToStudio")}</Link>
        ) : (
          <Link href="/verifikasi-email">{t("askNewLink")}</Link>
        )}
      </p>
    </div>
  );
}
