// A PostgreSQL for the scale benchmark, separate from the demo database: one embedded cluster under
// .data/scale-pg with a database per size (warta_10k, warta_1m), both owned by the app role as the
// demo database is. Runs until stopped (Ctrl-C). The URLs are printed and written to
// .data/scale-pg-urls.json, where `npm run bench -- --scale` finds them (the superuser's URL too:
// auto_explain and the server's log settings need it).
//   node bench/scale-db.mjs [--port 55432]
import fs from "node:fs";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "../scripts/embedded-db.mjs";
import {
  connectAsSuperuser,
  ensureAppRole,
  readCredentials,
  SUPERUSER,
} from "../scripts/embedded-db-roles.mjs";

export const SCALE_URLS_FILE = ".data/scale-pg-urls.json";
const SIZES = { "10k": "warta_10k", "1m": "warta_1m" };

const { values } = parseArgs({ options: { port: { type: "string", default: "55432" } } });
const db = await startEmbeddedPostgres({
  dir: ".data/scale-pg",
  port: values.port,
  database: SIZES["10k"],
  quiet: true,
});
const credentialsFile = ".data/scale-pg-credentials.json";
const credentials = readCredentials(credentialsFile);
const admin = await connectAsSuperuser(db.port, credentials, credentialsFile);
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
for (const database of Object.values(SIZES))
  await ensureAppRole(admin, { port: db.port, database, credentials, testing: false });
await admin.end();

const appUrl = (database) => db.url.replace(/\/[^/]+$/, `/${database}`);
const urls = {
  admin: `postgresql://${SUPERUSER}:${encodeURIComponent(credentials.superuserPassword)}@127.0.0.1:${db.port}`,
  sizes: Object.fromEntries(Object.entries(SIZES).map(([size, name]) => [size, appUrl(name)])),
};
fs.writeFileSync(SCALE_URLS_FILE, JSON.stringify(urls, null, 2), { mode: 0o600 });
for (const [size, url] of Object.entries(urls.sizes)) console.log(`${size}: DATABASE_URL=${url}`);
console.log(`data: ${db.dir} (log: ${db.dir}/log/postgresql.log); URLs in ${SCALE_URLS_FILE}`);
console.log("ready (a changed setting applies after a restart of this script)");
process.on("SIGINT", () => db.stop().then(() => process.exit(0)));
process.on("SIGTERM", () => db.stop().then(() => process.exit(0)));
