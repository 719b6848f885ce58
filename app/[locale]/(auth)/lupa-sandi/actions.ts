"use server";

import { headers } from "next/headers";
import { action } from "@/lib/actions/action";
import { issueSession } from "@/lib/auth/session-cookie";
import { clientIp } from "@/lib/rate-limit/client-ip";
import {
  requestPasswordReset,
  requestPasswordResetSchema,
} from "@/lib/users/request-password-reset";
import { resetPassword, resetPasswordSchema } from "@/lib/users/reset-password";

/** The same answer whether or not the address has an account. */
export const requestPasswordResetAction = action(
  requestPasswordResetSchema,
  async (_actor, input) => requestPasswordReset(input, { ip: clientIp(await headers()) }),
  {
    message:
      "Jika email terdaftar, kami telah mengirim tautan untuk mengatur ulang kata sandi. Periksa kotak masuk Anda; tautan berlaku 1 jam.",
  },
);

export const resetPasswordAction = action(
  resetPasswordSchema,
  async (_actor, input) => {
    const user = await resetPassword(input);
    // Every other session just ended; this browser starts a fresh one.
    await issueSession(user);
  },
  { redirect: "/lupa-sandi/selesai" },
);
