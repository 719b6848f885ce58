import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { newPasswordSchema } from "@/lib/auth/password-rules";
import { recordAudit } from "@/lib/audit/record-audit";
import { sendEmail } from "@/lib/email/send-email";
import { signUpAttemptEmail } from "@/lib/email/account-emails";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { forgiveRateLimit } from "@/lib/rate-limit/forgive-rate-limit";
import { throttleKey } from "@/lib/rate-limit/policy";
import { displayNameSchema, emailSchema, usernameSchema } from "@/lib/users/account-fields";
import { sendVerificationEmail } from "@/lib/users/send-verification-email";

export const signUpSchema = z.object({
  displayName: displayNameSchema,
  username: usernameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

/**
 * Every accepted sign-up takes at least this long, whether it created an account or only told the
 * address's owner: the two paths store different rows, and the gap must not say which one ran.
 */
export const SIGN_UP_ANSWER_MIN_MS = 400;

const USERNAME_TAKEN = "Nama pengguna ini sudah dipakai. Pilih yang lain.";

// Usernames are public (profile addresses), so a clash may be said; an email's owner never is.
async function usernameTaken(username: string): Promise<boolean> {
  const [owner, oldUsername] = await Promise.all([
    db.user.findUnique({ where: { username }, select: { id: true } }),
    // A writer's former username keeps redirecting to them; handing it out would hijack old links.
    db.slugRedirect.findUnique({
      where: { kind_oldSlug: { kind: "WRITER", oldSlug: username } },
      select: { targetId: true },
    }),
  ]);
  return Boolean(owner || oldUsername);
}

const usernameError = () =>
  new AppError("INVALID", "Periksa kembali isian yang ditandai.", {
    fieldErrors: { username: [USERNAME_TAKEN] },
  });

/**
 * A sign-up. The caller answers the same ("Periksa email Anda") whatever happened here, and signs
 * nobody in. A new address gets an unverified writer account (role WRITER, tier MEMBER) and its
 * verification link; a registered address gets no account, only a notice to its owner. Takes no
 * actor: the visitor is anonymous. Each attempt counts against the email's throttle (each may
 * send that address an email); the IP's attempt is given back whenever an email went out, on both
 * paths alike, so the IP's counter says nothing either, while refused usernames keep counting.
 */
export async function signUp(input: SignUpInput, context: { ip: string }): Promise<void> {
  const emailKey = throttleKey("signup", "email", input.email);
  const ipKey = throttleKey("signup", "ip", context.ip);
  await hitRateLimit([emailKey, ipKey]);
  if (await usernameTaken(input.username)) throw usernameError();

  const started = performance.now();
  try {
    // Hashed on both paths: Argon2 is most of the time a sign-up takes.
    const passwordHash = await hashPassword(input.password);
    const existing = await db.user.findUnique({
      where: { email: input.email },
      select: { id: true },
    });
    const created = existing ? null : await createAccount(input, passwordHash);
    if (created) await sendVerificationEmail(created, { background: true });
    else await tellOwner(input.email);
  } finally {
    const left = SIGN_UP_ANSWER_MIN_MS - (performance.now() - started);
    if (left > 0) await sleep(left);
  }
  await forgiveRateLimit({ refund: [ipKey] });
}

async function tellOwner(email: string): Promise<void> {
  const owner = await db.user.findUnique({
    where: { email },
    select: { email: true, displayName: true },
  });
  if (owner)
    await sendEmail(signUpAttemptEmail(owner.email, owner.displayName), { background: true });
}

/** The new account, or null when a sign-up racing this one took the email first. */
async function createAccount(input: SignUpInput, passwordHash: string) {
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: input.email,
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          role: "WRITER",
          tier: "MEMBER",
        },
        select: { id: true, email: true, displayName: true },
      });
      await recordAudit(tx, {
        actorId: created.id,
        action: "user.signup",
        targetType: "User",
        targetId: created.id,
        after: {
          username: input.username,
          displayName: input.displayName,
          role: "WRITER",
          tier: "MEMBER",
        },
      });
      return created;
    });
  } catch (error) {
    // Two sign-ups racing for the same email or username: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      if (await usernameTaken(input.username)) throw usernameError();
      return null;
    }
    throw error;
  }
}
