"use server";

import { runAction } from "@/lib/actions/run-action";
import { getActor } from "@/lib/auth/session";
import { resendVerificationEmail } from "@/lib/users/resend-verification-email";
import type { FormState } from "@/components/account/form-state";

/** "Kirim ulang" for a signed-in user whose email is not verified yet (server action beside its one form). */
export async function resendVerificationAction(): Promise<FormState> {
  const result = await runAction(async () => resendVerificationEmail(await getActor()));
  if (!result.ok) return { status: "error", message: result.message };
  return {
    status: "success",
    message: `Tautan verifikasi baru telah dikirim ke ${result.data.email}. Tautan berlaku 48 jam.`,
  };
}
