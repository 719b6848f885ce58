// Runs a command with DATABASE_URL set: the configured server, or the embedded demo database in .data/.
//   node scripts/with-db.mjs <command> [args...]
import { spawn } from "node:child_process";
import { startEmbeddedPostgres } from "./embedded-db.mjs";

const [command, ...args] = process.argv.slice(2);
let url = process.env.DATABASE_URL;
let stop = async () => {};
if (!url) ({ url, stop } = await startEmbeddedPostgres({ dir: ".data/pg" }));
const child = spawn(command, args, {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url },
});
child.on("exit", async (code) => {
  await stop();
  process.exit(code ?? 1);
});
