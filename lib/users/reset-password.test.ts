import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { resetPassword, resetPasswordSchema } from "@/lib/users/reset-password";
import { endAllSessions } from "@/lib/users/end-all-sessions";
import { createUser, resetDatabase } from "@/test/factories";

const IP = "203.0.113.20";

async function linkTokenFor(email: string) {
  const message = await db.outboxEmail.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: "desc" },
  });
  const match = message.text.match(/\/lupa-sandi\/([A-Za-z0-9_-]{43})/);
  if (!match) throw new Error("no reset link in the email");
  return match[1];
}

const reset = (token: string, password = "sandi-baru-yang-panjang") =>
  resetPassword(resetPasswordSchema.parse({ token, password }));

beforeEach(resetDatabase);

describe("password reset", () => {
  it("emails a one-hour link to a known address and nothing for an unknown one", async () => {
    await createUser({ email: "ada@example.test" });
    await requestPasswordReset({ email: "ada@example.test" }, { ip: IP });
    await requestPasswordReset({ email: "tidak-ada@example.test" }, { ip: IP });
    expect(await db.outboxEmail.count()).toBe(1);
    const token = await db.userToken.findFirstOrThrow({ where: { kind: "RESET_PASSWORD" } });
    expect(token.expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(token.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60_000);
    expect((await db.outboxEmail.findFirstOrThrow()).text).toContain(
      "http://localhost:3000/lupa-sandi/",
    );
  });

  it("changes the password once per link, ends every session and verifies the email", async () => {
    const user = await createUser({
      email: "ada@example.test",
      passwordHash: await hashPassword("sandi-lama-panjang"),
      emailVerifiedAt: null,
      sessionVersion: 3,
    });
    await requestPasswordReset({ email: "ada@example.test" }, { ip: IP });
    const token = await linkTokenFor("ada@example.test");

    const subject = await reset(token);
    expect(subject).toEqual({
      id: user.id,
      email: "ada@example.test",
      displayName: user.displayName,
      sessionVersion: 4,
    });
    const row = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true, sessionVersion: true, emailVerifiedAt: true },
    });
    expect(await verifyPassword(row.passwordHash, "sandi-baru-yang-panjang")).toBe(true);
    expect(await verifyPassword(row.passwordHash, "sandi-lama-panjang")).toBe(false);
    expect(row.sessionVersion).toBe(4);
    expect(row.emailVerifiedAt).not.toBeNull();
    expect(
      await db.auditLog.count({ where: { targetId: user.id, action: "user.password_reset" } }),
    ).toBe(1);

    await expect(reset(token, "sandi-ketiga-panjang")).rejects.toMatchObject({
      code: "GONE",
      message: expect.stringMatching(/sudah digunakan/),
    });
  });

  it("refuses an expired link and an unknown one", async () => {
    await createUser({ email: "ada@example.test" });
    await requestPasswordReset({ email: "ada@example.test" }, { ip: IP });
    const token = await linkTokenFor("ada@example.test");
    await db.userToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(reset(token)).rejects.toMatchObject({
      code: "GONE",
      message: expect.stringMatching(/kedaluwarsa/),
    });
    await expect(reset("A".repeat(43))).rejects.toMatchObject({
      code: "GONE",
      message: expect.stringMatching(/tidak valid/),
    });
  });

  it("applies the new-password rules to the reset form too", () => {
    expect(resetPasswordSchema.safeParse({ token: "x", password: "bismillah" }).success).toBe(
      false,
    );
  });

  it("throttles requests per email whether or not the account exists", async () => {
    for (let i = 0; i < 5; i++)
      await requestPasswordReset({ email: "tidak-ada@example.test" }, { ip: `198.51.100.${i}` });
    await expect(
      requestPasswordReset({ email: "tidak-ada@example.test" }, { ip: "198.51.100.77" }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });
});

describe("endAllSessions", () => {
  it("bumps the session version inside the caller's transaction", async () => {
    const user = await createUser();
    expect(await db.$transaction((tx) => endAllSessions(tx, user.id))).toBe(1);
    expect(await endAllSessions(db, user.id)).toBe(2);
  });
});
