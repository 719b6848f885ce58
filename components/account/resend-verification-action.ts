"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { resendVerificationEmail } from "@/lib/users/resend-verification-email";

/** "Kirim ulang" for a signed-in user whose email is not verified yet (server action beside its one form). */
export const resendVerificationAction = action(
  z.object({}),
  (actor) => resendVerificationEmail(actor),
  {
    message: ({ email }) =>
      `Tautan verifikasi baru telah dikirim ke ${email}. Tautan berlaku 48 jam.`,
  },
);
