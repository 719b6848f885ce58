import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { signUp, signUpSchema } from "@/lib/users/sign-up";
import { createUser, resetDatabase } from "@/test/factories";

const valid = {
  displayName: "Sari Wulandari",
  username: "sari-w",
  email: "Sari@Example.test",
  password: "pasar-terapung-banjarmasin",
};
const errorsOf = (input: Record<string, unknown>) => {
  const result = signUpSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

beforeEach(resetDatabase);

describe("sign-up validation", () => {
  it("refuses common passwords, Indonesian ones included, and too short or too long ones", () => {
    for (const password of [
      "bismillah",
      "Sayangku",
      "indonesia",
      "rahasia123",
      "qwerty123",
      "password1",
    ]) {
      expect(errorsOf({ ...valid, password }).password, password).toMatch(/terlalu umum/);
    }
    expect(errorsOf({ ...valid, password: "pendek" }).password).toBe(
      "Kata sandi minimal 8 karakter.",
    );
    expect(errorsOf({ ...valid, password: "x".repeat(129) }).password).toBe(
      "Kata sandi maksimal 128 karakter.",
    );
    expect(errorsOf(valid)).toEqual({});
  });

  it("accepts usernames of 3–30 lower-case letters, digits and inner hyphens, not reserved ones", () => {
    expect(errorsOf({ ...valid, username: "ab" }).username).toMatch(/minimal 3/);
    expect(errorsOf({ ...valid, username: "a".repeat(31) }).username).toMatch(/maksimal 30/);
    expect(errorsOf({ ...valid, username: "sari_w" }).username).toMatch(/huruf kecil/);
    expect(errorsOf({ ...valid, username: "-sari" }).username).toMatch(/huruf kecil/);
    for (const username of ["admin", "redaksi", "tulis", "api"])
      expect(errorsOf({ ...valid, username }).username, username).toBe(
        "Nama pengguna ini tidak tersedia.",
      );
    expect(signUpSchema.parse({ ...valid, username: "Sari-W" }).username).toBe("sari-w");
    expect(errorsOf({ ...valid, email: "bukan-email" }).email).toBe("Format email tidak valid.");
  });
});

describe("signUp", () => {
  it("creates a member writer with an Argon2id hash, a 48-hour verification link in the outbox and an audit row", async () => {
    const user = await signUp(signUpSchema.parse(valid), { ip: "203.0.113.5" });
    const row = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { role: true, tier: true, email: true, emailVerifiedAt: true, passwordHash: true },
    });
    expect(row).toMatchObject({
      role: "WRITER",
      tier: "MEMBER",
      email: "sari@example.test",
      emailVerifiedAt: null,
    });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, valid.password)).toBe(true);

    const token = await db.userToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(token.kind).toBe("VERIFY_EMAIL");
    expect(token.expiresAt.getTime() - Date.now()).toBeGreaterThan(47.9 * 3600_000);
    const [email] = await db.outboxEmail.findMany({ where: { to: "sari@example.test" } });
    expect(email.subject).toBe("Verifikasi email Anda di Warta");
    expect(email.text).toMatch(/http:\/\/localhost:3000\/verifikasi-email\/[A-Za-z0-9_-]{43}/);
    // Only the hash of the token is stored.
    expect(email.text).not.toContain(token.tokenHash);

    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: user.id, action: "user.signup" },
    });
    expect(audit.after).toEqual({
      username: "sari-w",
      displayName: "Sari Wulandari",
      role: "WRITER",
      tier: "MEMBER",
    });
  });

  it("refuses a taken email or username with per-field messages", async () => {
    await createUser({ email: "sari@example.test", username: "orang-lain" });
    await expect(
      signUp(signUpSchema.parse({ ...valid, username: "baru" }), { ip: "203.0.113.5" }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { email: [expect.stringMatching(/sudah terdaftar/)] } },
    });
    await expect(
      signUp(signUpSchema.parse({ ...valid, email: "lain@example.test", username: "orang-lain" }), {
        ip: "203.0.113.5",
      }),
    ).rejects.toMatchObject({
      details: { fieldErrors: { username: [expect.stringMatching(/sudah dipakai/)] } },
    });
  });

  it("does not hand out a writer's former username", async () => {
    const writer = await createUser();
    await db.slugRedirect.create({
      data: { kind: "WRITER", oldSlug: "nama-lama", targetId: writer.id },
    });
    await expect(
      signUp(signUpSchema.parse({ ...valid, username: "nama-lama" }), { ip: "203.0.113.5" }),
    ).rejects.toMatchObject({
      details: { fieldErrors: { username: [expect.stringMatching(/sudah dipakai/)] } },
    });
  });

  it("throttles repeated refused sign-ups from one IP", async () => {
    await createUser({ email: "sari@example.test" });
    for (let i = 0; i < 5; i++) {
      await expect(
        signUp(signUpSchema.parse({ ...valid, username: `baru-${i}` }), { ip: "203.0.113.6" }),
      ).rejects.toMatchObject({ code: "INVALID" });
    }
    await expect(
      signUp(signUpSchema.parse({ ...valid, email: "beda@example.test", username: "beda" }), {
        ip: "203.0.113.6",
      }),
    ).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
  });
});
