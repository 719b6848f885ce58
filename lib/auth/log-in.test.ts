import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logIn, logInSchema } from "@/lib/auth/log-in";
import { hashPassword } from "@/lib/auth/password";
import {
  ACCOUNT_SLOWDOWN_MAX_MS,
  LOGIN_ADDRESS_LIMIT,
  accountDelayMs,
  throttleKey,
} from "@/lib/rate-limit/policy";
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

  it("refuses the sixth attempt on one account from one address with 429 and Retry-After, even with the right password", async () => {
    await writer("dewi@example.test");
    for (let i = 0; i < 5; i++) await wrongOnce("dewi@example.test");
    const blocked = attempt("dewi@example.test", PASSWORD);
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

  it("lets the owner in with the right password while an attacker keeps failing from another address", async () => {
    const owner = await writer("editor@example.test");
    const attacker = "198.51.100.66";
    for (let i = 0; i < 5; i++) await wrongOnce("editor@example.test", attacker);
    for (let i = 0; i < 3; i++)
      await expect(attempt("editor@example.test", `tebakan-${i}`, attacker)).rejects.toMatchObject({
        code: "TOO_MANY_REQUESTS",
      });
    // From other addresses the attacker is only slowed down (the account is never locked)…
    for (let i = 0; i < 3; i++) await wrongOnce("editor@example.test", `198.51.100.${70 + i}`);
    // …and the owner, from their own address, gets in (after the account's wait, at most 4 s).
    const started = Date.now();
    await expect(attempt("editor@example.test", PASSWORD, "203.0.113.200")).resolves.toMatchObject({
      id: owner.id,
    });
    expect(Date.now() - started).toBeLessThan(ACCOUNT_SLOWDOWN_MAX_MS + 2000);
  });

  it("slows every attempt on an account with many recent failures, increasingly, up to a cap", async () => {
    expect([5, 6, 7, 8, 9, 10, 50].map(accountDelayMs)).toEqual([
      0, 250, 500, 1000, 2000, 4000, 4000,
    ]);
    await writer("lambat@example.test");
    for (let i = 0; i < 7; i++) await wrongOnce("lambat@example.test", `192.0.2.${i + 1}`);
    const started = Date.now();
    await wrongOnce("lambat@example.test", "192.0.2.100");
    expect(Date.now() - started).toBeGreaterThanOrEqual(accountDelayMs(7) - 20);
  });

  it("throttles an unknown email exactly like a known one (no account enumeration)", async () => {
    for (let i = 0; i < 5; i++) await wrongOnce("tidak-ada@example.test");
    await expect(attempt("tidak-ada@example.test", PASSWORD)).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      details: { retryAfterSeconds: expect.any(Number) },
    });
  });

  it("lets 20 people behind one address log in while one of them mistypes 10 times", async () => {
    const shared = "100.64.0.1"; // carrier-grade NAT space
    const people = await Promise.all(
      Array.from({ length: 20 }, (_, i) => writer(`orang${i}@example.test`)),
    );
    for (let i = 0; i < 10; i++)
      await expect(attempt("orang0@example.test", `salah-${i}`, shared)).rejects.toMatchObject({
        code: i < 5 ? "UNAUTHENTICATED" : "TOO_MANY_REQUESTS",
      });
    for (const [i, person] of people.entries())
      if (i > 0)
        await expect(attempt(`orang${i}@example.test`, PASSWORD, shared)).resolves.toMatchObject({
          id: person.id,
        });
  });

  it("stops a flood of failures from one address only past the per-address limit", async () => {
    const flood = "192.0.2.77";
    await db.$executeRaw`INSERT INTO "RateLimit" (key, count, "windowStart")
      VALUES (${throttleKey("login", "ip", flood)}, ${LOGIN_ADDRESS_LIMIT}, now())`;
    await expect(attempt("siapa@example.test", PASSWORD, flood)).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
    await expect(attempt("siapa@example.test", PASSWORD, "192.0.2.78")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("forgets the failures after a successful log-in and opens again when the window ends", async () => {
    await writer("dewi@example.test");
    for (let i = 0; i < 4; i++) await wrongOnce("dewi@example.test");
    await attempt("dewi@example.test", PASSWORD);
    for (let i = 0; i < 5; i++) await wrongOnce("dewi@example.test");
    await expect(attempt("dewi@example.test", PASSWORD)).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });

    await db.$executeRaw`UPDATE "RateLimit" SET "windowStart" = now() - interval '16 minutes'`;
    await expect(attempt("dewi@example.test", PASSWORD)).resolves.toMatchObject({
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
