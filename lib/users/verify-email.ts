import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { lookUpUserToken } from "@/lib/users/user-token";

export type VerifyEmailResult = "verified" | "already-verified" | "expired" | "invalid";

/**
 * Uses a verification link: marks the token used and the email verified. Takes no actor: the
 * link itself proves that its holder reads the mailbox, whichever browser opens it.
 */
export async function verifyEmail(token: string): Promise<VerifyEmailResult> {
  const lookup = await lookUpUserToken(token, "VERIFY_EMAIL");
  if (lookup.status === "invalid") return "invalid";
  if (lookup.status !== "valid") {
    // A used (or, after a newer link worked, expired) link of an address that is verified by now.
    const user = lookup.userId
      ? await db.user.findUnique({
          where: { id: lookup.userId },
          select: { emailVerifiedAt: true },
        })
      : null;
    if (user?.emailVerifiedAt) return "already-verified";
    return lookup.status === "expired" ? "expired" : "invalid";
  }
  return db.$transaction(async (tx) => {
    const now = new Date();
    // Conditional on usedAt so two clicks racing each other use the token once.
    const { count } = await tx.userToken.updateMany({
      where: { id: lookup.id, usedAt: null },
      data: { usedAt: now },
    });
    if (count === 0) return "already-verified";
    const user = await tx.user.findUniqueOrThrow({
      where: { id: lookup.userId },
      select: { emailVerifiedAt: true },
    });
    if (user.emailVerifiedAt) return "already-verified";
    await tx.user.update({ where: { id: lookup.userId }, data: { emailVerifiedAt: now } });
    await recordAudit(tx, {
      actorId: lookup.userId,
      action: "user.email_verified",
      targetType: "User",
      targetId: lookup.userId,
      after: { emailVerified: true },
    });
    return "verified";
  });
}
