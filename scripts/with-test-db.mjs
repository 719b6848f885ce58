// Runs a test command (node_modules/.bin/<command>) with NODE_ENV=test and exits with its code.
//   node scripts/with-test-db.mjs vitest run
// The database itself is started by Vitest's globalSetup (test/global-setup.ts): a throw-away
// embedded PostgreSQL in a temp dir, migrated from scratch. A DATABASE_URL in the caller's
// environment is removed here so nothing in the test run can reach the developer's database.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: with-test-db.mjs <command> [args...]");
  process.exit(2);
}

const env = { ...process.env, NODE_ENV: "test" };
delete env.DATABASE_URL;

const bin = path.join(root, "node_modules", ".bin", command);
const child = spawn(bin, args, { stdio: "inherit", env, cwd: root });
// Ctrl-C reaches the child through the terminal; forward termination requests so the child's
// teardown (stopping PostgreSQL, removing the temp dir) still runs.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("error", (error) => {
  console.error(`with-test-db: cannot run ${bin}: ${error.message}`);
  process.exit(127);
});
child.on("exit", (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 1)));
