import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/can";
import { verifyEmail } from "@/lib/users/verify-email";
import { resendVerificationEmail } from "@/lib/users/resend-verification-email";
import { createUserToken } from "@/lib/users/user-token";
import { createUser, resetDatabase } from "@/test/factories";

const actorOf = (user: { id: string }): Actor => ({
  id: user.id,
  role: "WRITER",
  tier: "MEMBER",
  suspendedAt: null,
});

// The "user:reach-editors" rule as submitArticle applies it: on the account as stored now.
async function reachEditors(user: { id: string }) {
  const account = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { id: true, emailVerifiedAt: true },
  });
  authorize(actorOf(user), "user:reach-editors", account);
}

beforeEach(resetDatabase);

describe("email verification", () => {
  it("verifies once; the used link then says the address is verified", async () => {
    const user = await createUser({ emailVerifiedAt: null });
    await expect(reachEditors(user)).rejects.toMatchObject({
      code: "FORBIDDEN",
      details: { reason: "EMAIL_UNVERIFIED" },
    });
    const token = await createUserToken(db, user.id, "VERIFY_EMAIL");

    expect(await verifyEmail(token)).toBe("verified");
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt,
    ).not.toBeNull();
    await expect(reachEditors(user)).resolves.toBeUndefined();
    expect(await verifyEmail(token)).toBe("already-verified");
    expect(
      await db.auditLog.count({ where: { targetId: user.id, action: "user.email_verified" } }),
    ).toBe(1);
  });

  it("refuses expired, unknown and password-reset tokens", async () => {
    const user = await createUser({ emailVerifiedAt: null });
    const expired = await createUserToken(db, user.id, "VERIFY_EMAIL");
    await db.userToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const resetToken = await createUserToken(db, user.id, "RESET_PASSWORD");
    expect(await verifyEmail(expired)).toBe("expired");
    expect(await verifyEmail(resetToken)).toBe("invalid");
    expect(await verifyEmail("bukan-token")).toBe("invalid");
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt,
    ).toBeNull();
  });

  it("resends a link to unverified users only, throttled per account", async () => {
    const user = await createUser({ emailVerifiedAt: null });
    await expect(resendVerificationEmail(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    for (let i = 0; i < 5; i++) await resendVerificationEmail(actorOf(user));
    expect(await db.outboxEmail.count({ where: { to: user.email } })).toBe(5);
    await expect(resendVerificationEmail(actorOf(user))).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
    const verified = await createUser();
    await expect(resendVerificationEmail(actorOf(verified))).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
