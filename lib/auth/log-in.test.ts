import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logIn, logInSchema } from "@/lib/auth/log-in";
import { hashPassword } from "@/lib/auth/password";
import { createUser, resetDatabase } from "@/test/factories";

const PASSWORD = "kopi-tubruk-pagi";
const IP = "203.0.113.10";

async function writer(email: string) {
  return createUser({ email, passwordHash: await hashPassword(PASSWORD) });
}

const attempt = (email: string, password: string, ip = IP) =>
  logIn(logInSchema.parse({ email, password }), { ip });
const wrongOnce = (email: string, ip = IP) =>
  expect(attempt(email, "salah-sandi", ip)).rejects.toMatchObject({
    code: "UNAUTHENTICATED",
    message: "Email atau kata sandi salah.",
  });

beforeEach(resetDatabase);

describe("logIn", () => {
  it("returns the user and their session version for the right password", async () => {
    const user = await writer("dewi@example.test");
    await expect(attempt("  Dewi@Example.test ", PASSWORD)).resolves.toEqual({
      id: user.id,
      email: "dewi@example.test",
      displayName: user.displayName,
      sessionVersion: 0,
    });
  });

  it("answers the sixth attempt after five failures with 429 and Retry-After, even with the right password", async () => {
    await writer("dewi@example.test");
    for (let i = 0; i < 5; i++) await wrongOnce("dewi@example.test", `198.51.100.${i}`);
    const blocked = attempt("dewi@example.test", PASSWORD, "198.51.100.99");
    await expect(blocked).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      status: 429,
      message: "Terlalu banyak percobaan. Coba lagi dalam 15 menit.",
    });
    const error = await blocked.then(
      () => null,
      (e: unknown) => e,
    );
    const seconds = error instanceof AppError ? Number(error.details?.retryAfterSeconds) : NaN;
    expect(seconds).toBeGreaterThan(890);
    expect(seconds).toBeLessThanOrEqual(900);
  });

  it("throttles an unknown email exactly like a known one (no account enumeration)", async () => {
    for (let i = 0; i < 5; i++) await wrongOnce("tidak-ada@example.test", `198.51.100.${i}`);
    await expect(
      attempt("tidak-ada@example.test", PASSWORD, "198.51.100.99"),
    ).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      details: { retryAfterSeconds: expect.any(Number) },
    });
  });

  it("throttles one IP trying many accounts", async () => {
    for (let i = 0; i < 5; i++) await wrongOnce(`orang${i}@example.test`);
    await expect(attempt("orang9@example.test", PASSWORD)).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
    // Another address is not affected.
    await expect(attempt("orang9@example.test", PASSWORD, "192.0.2.1")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("forgets the account's failures after a successful log-in and opens again when the window ends", async () => {
    await writer("dewi@example.test");
    for (let i = 0; i < 4; i++) await wrongOnce("dewi@example.test");
    await attempt("dewi@example.test", PASSWORD);
    for (let i = 0; i < 4; i++) await wrongOnce("dewi@example.test", "192.0.2.50");
    await wrongOnce("dewi@example.test", "192.0.2.50");
    await expect(attempt("dewi@example.test", PASSWORD, "192.0.2.51")).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });

    await db.$executeRaw`UPDATE "RateLimit" SET "windowStart" = now() - interval '16 minutes'`;
    await expect(attempt("dewi@example.test", PASSWORD, "192.0.2.51")).resolves.toMatchObject({
      email: "dewi@example.test",
    });
  });

  it("refuses a suspended account only once the password is right", async () => {
    await createUser({
      email: "beku@example.test",
      passwordHash: await hashPassword(PASSWORD),
      suspendedAt: new Date(),
    });
    await wrongOnce("beku@example.test");
    await expect(attempt("beku@example.test", PASSWORD)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
