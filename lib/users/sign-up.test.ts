import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { SIGN_UP_ANSWER_MIN_MS, signUp, signUpSchema } from "@/lib/users/sign-up";
import { createUser, resetDatabase, uniqueSuffix } from "@/test/factories";

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

const ip = "203.0.113.5";
const newAccount = (email: string) =>
  db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });

describe("signUp", () => {
  it("creates a member writer with an Argon2id hash, a 48-hour verification link in the outbox and an audit row", async () => {
    await expect(signUp(signUpSchema.parse(valid), { ip })).resolves.toBeUndefined();
    const user = await newAccount("sari@example.test");
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

  it("answers a registered email as a new one, creates nothing, and tells the address's owner", async () => {
    const owner = await createUser({ email: "sari@example.test", displayName: "Sari Asli" });
    const audits = await db.auditLog.count();
    const before = await db.user.findUniqueOrThrow({
      where: { id: owner.id },
      select: { passwordHash: true, username: true, displayName: true },
    });
    await expect(
      signUp(signUpSchema.parse({ ...valid, username: "penyusup" }), { ip }),
    ).resolves.toBeUndefined();

    expect(await db.user.count({ where: { username: "penyusup" } })).toBe(0);
    expect(await db.user.count({ where: { email: "sari@example.test" } })).toBe(1);
    expect(
      await db.user.findUniqueOrThrow({
        where: { id: owner.id },
        select: { passwordHash: true, username: true, displayName: true },
      }),
    ).toEqual(before);
    expect(await db.userToken.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(audits);

    const messages = await db.outboxEmail.findMany({ where: { to: "sari@example.test" } });
    expect(messages).toHaveLength(1);
    const [notice] = messages;
    expect(notice.subject).toBe("Percobaan pendaftaran dengan email Anda di Warta");
    expect(notice.text).toContain("Halo Sari Asli,");
    expect(notice.text).toContain("Seseorang mencoba mendaftar di Warta dengan alamat email ini");
    expect(notice.text).toContain("http://localhost:3000/masuk");
    expect(notice.text).toContain("http://localhost:3000/lupa-sandi");
    // No one-time link: the notice grants nothing to whoever reads it.
    expect(notice.text).not.toMatch(/verifikasi-email|lupa-sandi\/[A-Za-z0-9_-]{20}/);
    expect(notice.html).toContain('href="http://localhost:3000/lupa-sandi"');
  });

  it("takes as long for a registered email as for a new one", { timeout: 60_000 }, async () => {
    await createUser({ email: "ada@example.test" });
    const time = async (email: string, i: number) => {
      const started = performance.now();
      await signUp(signUpSchema.parse({ ...valid, email, username: `orang-${uniqueSuffix()}` }), {
        ip: `198.51.100.${i}`,
      });
      return performance.now() - started;
    };
    // Alternating samples, compared by median, so a busy machine slows both sides alike.
    const known: number[] = [];
    const fresh: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time("ada@example.test", i + 1));
      fresh.push(await time(`baru-${uniqueSuffix()}@example.test`, i + 11));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1];
    for (const sample of [...known, ...fresh])
      expect(sample).toBeGreaterThanOrEqual(SIGN_UP_ANSWER_MIN_MS - 5);
    expect(Math.abs(median(known) - median(fresh))).toBeLessThan(SIGN_UP_ANSWER_MIN_MS / 2);
    expect(await db.user.count()).toBe(4);
  });

  it("still says when a username is taken (usernames are public), whatever the email", async () => {
    await createUser({ email: "sari@example.test", username: "orang-lain" });
    for (const email of ["sari@example.test", "lain@example.test"])
      await expect(
        signUp(signUpSchema.parse({ ...valid, email, username: "orang-lain" }), { ip }),
      ).rejects.toMatchObject({
        code: "INVALID",
        details: { fieldErrors: { username: [expect.stringMatching(/sudah dipakai/)] } },
      });
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("does not hand out a writer's former username", async () => {
    const writer = await createUser();
    await db.slugRedirect.create({
      data: { kind: "WRITER", oldSlug: "nama-lama", targetId: writer.id },
    });
    await expect(
      signUp(signUpSchema.parse({ ...valid, username: "nama-lama" }), { ip }),
    ).rejects.toMatchObject({
      details: { fieldErrors: { username: [expect.stringMatching(/sudah dipakai/)] } },
    });
  });

  it("throttles one email at 5 attempts, registered or not, and refused usernames per IP", async () => {
    await createUser({ email: "sari@example.test", username: "orang-lain" });
    for (const email of ["sari@example.test", "baru@example.test"]) {
      for (let i = 0; i < 5; i++)
        await signUp(signUpSchema.parse({ ...valid, email, username: `coba-${uniqueSuffix()}` }), {
          ip: `198.51.100.${i + 1}`,
        });
      await expect(
        signUp(signUpSchema.parse({ ...valid, email, username: `coba-${uniqueSuffix()}` }), {
          ip: "198.51.100.99",
        }),
      ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    }
    for (let i = 0; i < 5; i++)
      await expect(
        signUp(
          signUpSchema.parse({ ...valid, email: `x${i}@example.test`, username: "orang-lain" }),
          {
            ip: "203.0.113.6",
          },
        ),
      ).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      signUp(signUpSchema.parse({ ...valid, email: "beda@example.test", username: "beda" }), {
        ip: "203.0.113.6",
      }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("does not count accepted sign-ups against the IP, so people behind one address can join", async () => {
    for (let i = 0; i < 8; i++)
      await signUp(
        signUpSchema.parse({
          ...valid,
          email: `kampus-${i}@example.test`,
          username: `kampus-${i}`,
        }),
        { ip: "203.0.113.7" },
      );
    expect(await db.user.count()).toBe(8);
  });
});
