"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import { resendVerificationAction } from "@/components/account/resend-verification-action";
import "./account.css";

/**
 * Shown to a signed-in writer whose email is not verified: why it matters and a "kirim ulang"
 * button. Render it only for unverified users (SessionUser.emailVerifiedAt === null).
 */
export function VerifyEmailNotice({ email }: { email: string }) {
  const t = useTranslations("account.verifyEmail");
  const [state, action] = useActionState(resendVerificationAction, idle);
  return (
    <section className="notice-box" aria-labelledby="verify-email-heading">
      <h2 id="verify-email-heading" className="inline-heading">
        {t("heading")}
      </h2>
      <p>{t.rich("body", { email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <form action={action}>
        <FormMessage state={state} />
        <SubmitButton label={t("resend")} pendingLabel={t("sending")} />
      </form>
    </section>
  );
}
