import "server-only";
import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { newPasswordSchema } from "@/lib/auth/password-rules";
import type { SessionSubject } from "@/lib/auth/session-cookie";
import { recordAudit } from "@/lib/audit/record-audit";
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

const EMAIL_TAKEN =
  "Email ini sudah terdaftar. Silakan masuk, atau atur ulang kata sandi jika lupa.";
const USERNAME_TAKEN = "Nama pengguna ini sudah dipakai. Pilih yang lain.";

async function conflicts(input: SignUpInput): Promise<Record<string, string[]>> {
  const [emailOwner, usernameOwner, oldUsername] = await Promise.all([
    db.user.findUnique({ where: { email: input.email }, select: { id: true } }),
    db.user.findUnique({ where: { username: input.username }, select: { id: true } }),
    // A writer's former username keeps redirecting to them; handing it out would hijack old links.
    db.slugRedirect.findUnique({
      where: { kind_oldSlug: { kind: "WRITER", oldSlug: input.username } },
      select: { targetId: true },
    }),
  ]);
  const errors: Record<string, string[]> = {};
  if (emailOwner) errors.email = [EMAIL_TAKEN];
  if (usernameOwner || oldUsername) errors.username = [USERNAME_TAKEN];
  return errors;
}

/**
 * Creates a writer account (role WRITER, tier MEMBER) and emails its verification link. Takes no
 * actor: the visitor is anonymous until this succeeds. Refused attempts (a taken email or
 * username) count against the email's and the IP's throttle, which bounds how fast anyone can
 * probe for registered addresses; a successful sign-up gives its attempt back.
 */
export async function signUp(input: SignUpInput, context: { ip: string }): Promise<SessionSubject> {
  const keys = [
    throttleKey("signup", "email", input.email),
    throttleKey("signup", "ip", context.ip),
  ];
  await hitRateLimit(keys);

  const taken = await conflicts(input);
  if (Object.keys(taken).length)
    throw new AppError("INVALID", "Periksa kembali isian yang ditandai.", { fieldErrors: taken });

  const passwordHash = await hashPassword(input.password);
  let user: SessionSubject;
  try {
    user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: input.email,
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          role: "WRITER",
          tier: "MEMBER",
        },
        select: { id: true, email: true, displayName: true, sessionVersion: true },
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
      const taken = await conflicts(input);
      throw new AppError("INVALID", "Periksa kembali isian yang ditandai.", {
        fieldErrors: Object.keys(taken).length ? taken : { email: [EMAIL_TAKEN] },
      });
    }
    throw error;
  }

  await sendVerificationEmail(user);
  await forgiveRateLimit({ refund: keys });
  return user;
}
