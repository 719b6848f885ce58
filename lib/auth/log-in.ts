import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DUMMY_HASH, verifyPassword } from "@/lib/auth/password";
import type { SessionSubject } from "@/lib/auth/session-cookie";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { forgiveRateLimit } from "@/lib/rate-limit/forgive-rate-limit";
import { LOGIN_ADDRESS_LIMIT, LOGIN_PAIR_LIMIT, throttleKey } from "@/lib/rate-limit/policy";
import { countAccountFailure, slowDownAccount } from "@/lib/rate-limit/account-slowdown";

export const logInSchema = z.object({
  email: z
    .string({ error: "Isi email Anda." })
    .trim()
    .toLowerCase()
    .min(1, "Isi email Anda.")
    .max(254, "Email terlalu panjang."),
  password: z
    .string({ error: "Isi kata sandi Anda." })
    .min(1, "Isi kata sandi Anda.")
    .max(1024, "Kata sandi terlalu panjang."),
});
export type LogInInput = z.infer<typeof logInSchema>;

const WRONG = "Email atau kata sandi salah.";

/**
 * Checks an email and password. Takes no actor: this is where an anonymous visitor becomes one.
 * Throttled (lib/rate-limit/policy.ts) before anything is looked up, so an unknown email is answered
 * exactly like a known one (same message, same 429, same Argon2 cost via DUMMY_HASH): strictly per
 * (address, account), loosely per address, and per account only slowed down, never refused — so
 * nobody failing elsewhere can keep the owner out.
 */
export async function logIn(input: LogInInput, context: { ip: string }): Promise<SessionSubject> {
  const pairKey = throttleKey("login", "pair", `${context.ip}\n${input.email}`);
  const ipKey = throttleKey("login", "ip", context.ip);
  const accountKey = throttleKey("login", "email", input.email);
  await hitRateLimit([pairKey], LOGIN_PAIR_LIMIT);
  await hitRateLimit([ipKey], LOGIN_ADDRESS_LIMIT);
  await slowDownAccount(accountKey);

  const user = await db.user.findUnique({
    where: { email: input.email },
    select: {
      id: true,
      email: true,
      displayName: true,
      passwordHash: true,
      suspendedAt: true,
      sessionVersion: true,
    },
  });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!user || !valid) {
    await countAccountFailure(accountKey);
    throw new AppError("UNAUTHENTICATED", WRONG);
  }
  // Only someone who knows the password learns that the account is suspended.
  if (user.suspendedAt)
    throw new AppError("FORBIDDEN", "Akun ini sedang dinonaktifkan. Hubungi redaksi Warta.");

  await forgiveRateLimit({ reset: [pairKey, accountKey], refund: [ipKey] });
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    sessionVersion: user.sessionVersion,
  };
}
