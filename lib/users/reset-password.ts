import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { newPasswordSchema } from "@/lib/auth/password-rules";
import type { SessionSubject } from "@/lib/auth/session-cookie";
import { recordAudit } from "@/lib/audit/record-audit";
import { forgiveRateLimit } from "@/lib/rate-limit/forgive-rate-limit";
import { throttleKey } from "@/lib/rate-limit/policy";
import { endAllSessions } from "@/lib/users/end-all-sessions";
import { lookUpUserToken } from "@/lib/users/user-token";

export const resetPasswordSchema = z.object({
  token: z.string().min(1).max(200),
  password: newPasswordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const RESET_LINK_MESSAGES = {
  invalid: "Tautan atur ulang kata sandi ini tidak valid. Minta tautan baru.",
  expired: "Tautan atur ulang kata sandi ini sudah kedaluwarsa (berlaku 1 jam). Minta tautan baru.",
  used: "Tautan atur ulang kata sandi ini sudah digunakan. Minta tautan baru bila perlu.",
} as const;

/**
 * Sets a new password through an emailed one-time link. Every session of the user ends (their
 * sessionVersion goes up) and the returned subject lets the caller sign this browser in afresh.
 * The link proves the mailbox, so an unverified email counts as verified from now on. Takes no
 * actor: the token is the credential.
 */
export async function resetPassword(input: ResetPasswordInput): Promise<SessionSubject> {
  const lookup = await lookUpUserToken(input.token, "RESET_PASSWORD");
  if (lookup.status !== "valid") throw new AppError("GONE", RESET_LINK_MESSAGES[lookup.status]);

  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    const now = new Date();
    // Conditional on usedAt: of two submissions racing with one link, only one changes the password.
    const { count } = await tx.userToken.updateMany({
      where: { id: lookup.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count === 0) throw new AppError("GONE", RESET_LINK_MESSAGES.used);
    // Older reset links die with this one: whoever asked for them has what they wanted.
    await tx.userToken.updateMany({
      where: { userId: lookup.userId, kind: "RESET_PASSWORD", usedAt: null },
      data: { usedAt: now },
    });
    const before = await tx.user.findUniqueOrThrow({
      where: { id: lookup.userId },
      select: { emailVerifiedAt: true, suspendedAt: true },
    });
    if (before.suspendedAt)
      throw new AppError("FORBIDDEN", "Akun ini sedang dinonaktifkan. Hubungi redaksi Warta.");
    const updated = await tx.user.update({
      where: { id: lookup.userId },
      data: { passwordHash, emailVerifiedAt: before.emailVerifiedAt ?? now },
      select: { id: true, email: true, displayName: true },
    });
    const sessionVersion = await endAllSessions(tx, lookup.userId);
    await recordAudit(tx, {
      actorId: lookup.userId,
      action: "user.password_reset",
      targetType: "User",
      targetId: lookup.userId,
      after: { sessionsEnded: true },
    });
    return { ...updated, sessionVersion };
  });
  // The owner just proved themself; a lock-out from earlier wrong guesses would only get in the way.
  await forgiveRateLimit({ reset: [throttleKey("login", "email", user.email)] });
  return user;
}
