// A PostgreSQL for the scale benchmark, separate from the demo database: one embedded cluster under
// .data/scale-pg with a database per size (warta_10k, warta_1m). Runs until stopped (Ctrl-C).
//   node bench/scale-db.mjs [--port 55432]   -> prints DATABASE_URL=... for each database
import { parseArgs } from "node:util";
import pg from "pg";
import { startEmbeddedPostgres } from "../scripts/embedded-db.mjs";

const { values } = parseArgs({ options: { port: { type: "string", default: "55432" } } });
const db = await startEmbeddedPostgres({ dir: ".data/scale-pg", port: values.port, quiet: true });
const admin = new pg.Client({ connectionString: db.url.replace(/\/warta$/, "/postgres") });
await admin.connect();
// A server of this size holds a 1 M archive's hot indexes in memory; the defaults (128 MB) do not.
for (const setting of [
  "shared_buffers = '1GB'",
  "effective_cache_size = '4GB'",
  "work_mem = '16MB'",
  "max_wal_size = '8GB'",
  "checkpoint_timeout = '30min'",
  // bench/scale-explain.mjs reads auto_explain's plans from this file.
  "logging_collector = on",
  "log_directory = 'log'",
  "log_filename = 'postgresql.log'",
])
  await admin.query(`ALTER SYSTEM SET ${setting}`);
for (const name of ["warta_10k", "warta_1m"]) {
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (!exists.rowCount) await admin.query(`CREATE DATABASE ${name}`);
  console.log(`DATABASE_URL=${db.url.replace(/\/warta$/, `/${name}`)}`);
}
await admin.end();
console.log(`data: ${db.dir} (log: ${db.dir}/log/postgresql.log)`);
console.log("ready (a changed setting applies after a restart of this script)");
process.on("SIGINT", () => db.stop().then(() => process.exit(0)));
process.on("SIGTERM", () => db.stop().then(() => process.exit(0)));
