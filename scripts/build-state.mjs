// Decides whether `npm start` must (re)build: no build yet, or a source file newer than the build.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const distDir = () => path.resolve(process.env.NEXT_DIST_DIR || ".next");

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.js",
  "package-lock.json",
  "proxy.ts",
  "instrumentation.ts",
];

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) {
    if (child === "generated" || child === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

export function needsBuild() {
  const buildId = path.join(distDir(), "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > builtAt);
}

/** Which database this is: the cluster's system identifier plus the database name. */
export function databaseIdentity(env) {
  const script = `
    import pg from "pg";
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    // pg_control_system() needs a superuser on some servers; fall back to address and name.
    const { rows } = await client
      .query("SELECT system_identifier::text || '/' || current_database() AS id FROM pg_control_system()")
      .catch(() => client.query("SELECT coalesce(host(inet_server_addr()), 'local') || ':' || inet_server_port() || '/' || current_database() AS id"));
    console.log(rows[0].id);
    await client.end();`;
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    env,
    encoding: "utf8",
  }).trim();
}

/**
 * Records the database the build folder serves (under cache/, which survives builds):
 * "same", "changed" (pages and data from another database), or "unknown" (first start).
 */
export function rememberDatabase(identity) {
  const file = path.join(distDir(), "cache", "warta-database-id");
  const previous = fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : null;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, identity);
  if (previous === null) return "unknown";
  return previous === identity ? "same" : "changed";
}

export function clearDataCache() {
  fs.rmSync(path.join(distDir(), "cache", "fetch-cache"), { recursive: true, force: true });
}
