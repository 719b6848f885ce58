"use client";

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
  const [state, action] = useActionState(resendVerificationAction, idle);
  return (
    <section className="notice-box" aria-labelledby="verify-email-heading">
      <h2 id="verify-email-heading" className="inline-heading">
        Verifikasi email Anda
      </h2>
      <p>
        Kami telah mengirim tautan verifikasi ke <strong>{email}</strong>. Anda dapat menulis
        sekarang, tetapi perlu memverifikasi email sebelum mengirim artikel pertama ke redaksi.
      </p>
      <form action={action}>
        <FormMessage state={state} />
        <SubmitButton label="Kirim ulang tautan verifikasi" pendingLabel="Mengirim…" />
      </form>
    </section>
  );
}
