"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import { issueSession } from "@/lib/auth/session-cookie";
import { clientIp } from "@/lib/rate-limit/client-ip";
import {
  requestPasswordReset,
  requestPasswordResetSchema,
} from "@/lib/users/request-password-reset";
import { resetPassword, resetPasswordSchema } from "@/lib/users/reset-password";
import type { FormState } from "@/components/account/form-state";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** The same answer whether or not the address has an account. */
export async function requestPasswordResetAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = { email: text(form, "email") };
  const result = await runAction(async () => {
    await requestPasswordReset(requestPasswordResetSchema.parse(values), {
      ip: clientIp(await headers()),
    });
  });
  if (!result.ok)
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
  return {
    status: "success",
    message:
      "Jika email terdaftar, kami telah mengirim tautan untuk mengatur ulang kata sandi. Periksa kotak masuk Anda; tautan berlaku 1 jam.",
    values,
  };
}

export async function resetPasswordAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await runAction(async () => {
    const user = await resetPassword(
      resetPasswordSchema.parse({ token: text(form, "token"), password: text(form, "password") }),
    );
    // Every other session just ended; this browser starts a fresh one.
    await issueSession(user);
  });
  if (!result.ok)
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
  redirect("/lupa-sandi/selesai");
}
