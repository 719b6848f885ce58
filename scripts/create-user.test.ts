import { spawn } from "node:child_process";
import path from "node:path";
import { verify } from "@node-rs/argon2";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, resetDatabase } from "@/test/factories";

const root = path.resolve(import.meta.dirname, "..");

/** Runs the CLI as an operator's script would: stdin piped (not a terminal), against the test database. */
function run(
  args: string[],
  stdin: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/create-user.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

beforeEach(resetDatabase);

describe("scripts/create-user.ts", () => {
  it("creates a verified admin with an Argon2id hash of the password read from stdin, and audits it", async () => {
    const result = await run(
      [
        "--role",
        "admin",
        "--email",
        "Kepala@Warta.example",
        "--name",
        "Kepala Redaksi",
        "--username",
        "kepala-redaksi",
      ],
      "sandi-yang-panjang\n",
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Created ADMIN Kepala Redaksi <kepala@warta.example>");
    expect(result.stdout).not.toContain("sandi-yang-panjang");

    const user = await db.user.findUniqueOrThrow({
      where: { email: "kepala@warta.example" },
      select: { id: true, role: true, username: true, emailVerifiedAt: true, passwordHash: true },
    });
    expect(user).toMatchObject({ role: "ADMIN", username: "kepala-redaksi" });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verify(user.passwordHash, "sandi-yang-panjang")).toBe(true);
    expect(
      await db.auditLog.findFirst({
        where: { targetId: user.id },
        select: { action: true, actorId: true },
      }),
    ).toEqual({ action: "user.create_cli", actorId: null });
  });

  it("makes a free username from the email when none is given (reserved names get a suffix)", async () => {
    const result = await run(
      ["--role", "editor", "--email", "admin@warta.example"],
      "sandi-yang-panjang\n",
    );
    expect(result.code).toBe(0);
    expect(
      await db.user.findUniqueOrThrow({
        where: { email: "admin@warta.example" },
        select: { role: true, username: true, displayName: true },
      }),
    ).toEqual({ role: "EDITOR", username: "admin-2", displayName: "admin" });
  });

  it("refuses an existing email, a short password and an unknown role, changing nothing", async () => {
    await createUser({ email: "ada@warta.example" });
    const existing = await run(
      ["--role", "admin", "--email", "ada@warta.example"],
      "sandi-yang-panjang\n",
    );
    expect(existing.code).toBe(1);
    expect(existing.stderr).toContain("already exists");

    const short = await run(["--role", "admin", "--email", "baru@warta.example"], "pendek\n");
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("at least 8 characters");

    const role = await run(
      ["--role", "root", "--email", "baru@warta.example"],
      "sandi-yang-panjang\n",
    );
    expect(role.code).toBe(1);
    expect(role.stderr).toContain("--role must be");

    expect(await db.user.count({ where: { email: "baru@warta.example" } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { email: "ada@warta.example" } })).role).toBe(
      "WRITER",
    );
  });
});
