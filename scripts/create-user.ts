// Creates an account from the command line: the first admin of a production database, or staff.
//   npm run user:create -- --role admin --email a@b.c [--name "Nama"] [--username nama]
// The password is asked twice on the terminal without echoing it; when stdin is not a terminal
// (scripts, tests) one line is read from it. The email counts as verified: the operator vouches.
// Runs outside Next.js (node --import tsx), so it builds its own Prisma client like prisma/seed.ts
// and imports no "server-only" module.
import { parseArgs } from "node:util";
import readline from "node:readline";
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import type { Role } from "../lib/generated/prisma/enums";
import { ARGON2_OPTIONS } from "../lib/auth/password-options";
import { slugify } from "../lib/format/slug";
import { displayNameSchema, emailSchema, usernameSchema } from "../lib/users/account-fields";

const USAGE =
  'Usage: npm run user:create -- --role admin|editor|writer --email a@b.c [--name "Nama"] [--username nama]';
const ROLES: Record<string, Role> = { admin: "ADMIN", editor: "EDITOR", writer: "WRITER" };
const MIN_PASSWORD = 8;
const MAX_PASSWORD = 128;

class UsageError extends Error {}

function readOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      role: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      username: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const role = ROLES[(values.role ?? "").toLowerCase()];
  if (!role) throw new UsageError(`--role must be admin, editor or writer.\n${USAGE}`);
  const email = emailSchema.safeParse(values.email ?? "");
  if (!email.success)
    throw new UsageError(`--email: ${email.error.issues[0]?.message ?? "invalid"}\n${USAGE}`);
  const name = displayNameSchema.safeParse(values.name ?? email.data.split("@")[0]);
  if (!name.success) throw new UsageError(`--name: ${name.error.issues[0]?.message ?? "invalid"}`);
  let username: string | undefined;
  if (values.username !== undefined) {
    const parsed = usernameSchema.safeParse(values.username);
    if (!parsed.success)
      throw new UsageError(`--username: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    username = parsed.data;
  }
  return { role, email: email.data, name: name.data, username };
}

/** Reads one line from the terminal in raw mode, echoing `*` per character and nothing of the text. */
function askHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stdout.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\r" || char === "\n") return finish();
        if (char === "\u0003" || char === "\u0004") return finish(new UsageError("Cancelled."));
        if (char === "\u007f" || char === "\b") {
          if (value.length) {
            value = [...value].slice(0, -1).join("");
            process.stdout.write("\b \b");
          }
        } else if (char >= " ") {
          value += char;
          process.stdout.write("*");
        }
      }
    };
    // Raw mode before the prompt shows, so nothing typed after it is echoed by the terminal.
    stdin.setRawMode(true);
    process.stdout.write(prompt);
    stdin.resume();
    stdin.on("data", onData);
  });
}

/** Without a terminal: the first line of stdin is the password (no confirmation to ask for). */
async function readLine(): Promise<string> {
  const lines = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  throw new UsageError("No password on stdin.");
}

async function askPassword(): Promise<string> {
  const password = process.stdin.isTTY ? await askHidden("Password: ") : await readLine();
  if (password.length < MIN_PASSWORD)
    throw new UsageError(`The password must have at least ${MIN_PASSWORD} characters.`);
  if (password.length > MAX_PASSWORD)
    throw new UsageError(`The password must have at most ${MAX_PASSWORD} characters.`);
  if (process.stdin.isTTY && (await askHidden("Password again: ")) !== password)
    throw new UsageError("The passwords do not match.");
  return password;
}

async function freeUsername(
  db: PrismaClient,
  wanted: string | undefined,
  email: string,
): Promise<string> {
  if (wanted) {
    if (await db.user.findUnique({ where: { username: wanted }, select: { id: true } }))
      throw new UsageError(`The username ${wanted} is taken.`);
    return wanted;
  }
  const base = slugify(email.split("@")[0], 26).padEnd(3, "0");
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!usernameSchema.safeParse(candidate).success) continue;
    if (!(await db.user.findUnique({ where: { username: candidate }, select: { id: true } })))
      return candidate;
  }
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (run through npm run user:create).");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    if (await db.user.findUnique({ where: { email: options.email }, select: { id: true } })) {
      throw new UsageError(
        `An account with the email ${options.email} already exists; nothing was changed.`,
      );
    }
    const username = await freeUsername(db, options.username, options.email);
    const password = await askPassword();
    const passwordHash = await hash(password, ARGON2_OPTIONS);
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: options.email,
          emailVerifiedAt: new Date(),
          passwordHash,
          role: options.role,
          displayName: options.name,
          username,
        },
        select: { id: true, email: true, username: true, displayName: true, role: true },
      });
      // No signed-in actor: the operator at the server's shell did it.
      await tx.auditLog.create({
        data: {
          actorId: null,
          action: "user.create_cli",
          targetType: "User",
          targetId: created.id,
          after: { email: created.email, username, role: created.role },
        },
        select: { id: true },
      });
      return created;
    });
    console.log(
      `Created ${user.role} ${user.displayName} <${user.email}> (username ${user.username}, id ${user.id}); email marked verified. Log in at /masuk.`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  // A refusal is a sentence for the operator; anything else keeps its stack for the bug report.
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(1);
});
