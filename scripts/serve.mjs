// `npm start` / `npm run dev`: database -> migrations -> demo content -> Next.js, in one command.
//   node scripts/serve.mjs start|dev [--port N] [--fresh] [--build] [--no-prepare]
// Without DATABASE_URL a real embedded PostgreSQL runs with its data in .data/pg (kept between runs);
// --fresh uses a throw-away one instead (the end-to-end tests). An empty embedded database gets the
// demo content; a server named by DATABASE_URL is only migrated (seed it with `npm run db:seed`).
import { spawn, execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import http from "node:http";
import path from "node:path";
import v8 from "node:v8";
import { startEmbeddedPostgres } from "./embedded-db.mjs";
import { clearDataCache, databaseIdentity, needsBuild, rememberDatabase } from "./build-state.mjs";
import { SERVER_NODE_FLAGS } from "./server-flags.mjs";
import { clientAddress } from "./client-address.mjs";
import { SingleValueResponse } from "./single-value-response.mjs";
import { keepServingAfterUncaughtErrors, refuseOversizedBody } from "./request-guards.mjs";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const option = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const port = option("--port") ?? process.env.PORT ?? "3000";
const fresh = process.argv.includes("--fresh");
const log = (message) => console.log(`[warta] ${message}`);

let databaseUrl = process.env.DATABASE_URL;
let stopDatabase = async () => {};
let freshDir;
const embedded = !databaseUrl;
if (embedded) {
  if (fresh) {
    freshDir = fs.mkdtempSync(path.join(os.tmpdir(), "warta-fresh-"));
    fs.chmodSync(freshDir, 0o755);
  }
  const started = Date.now();
  const database = await startEmbeddedPostgres({
    dir: freshDir ? path.join(freshDir, "pg") : ".data/pg",
  });
  databaseUrl = database.url;
  stopDatabase = database.stop;
  log(`embedded PostgreSQL ready in ${Date.now() - started} ms (data: ${database.dir})`);
  // The end-to-end tests read and arrange data in their throw-away database through this file.
  if (fresh && process.env.WARTA_DATABASE_URL_FILE)
    fs.writeFileSync(process.env.WARTA_DATABASE_URL_FILE, databaseUrl, { mode: 0o600 });
}

function localSecret(secretFile = path.resolve(".data/auth-secret")) {
  if (fresh) return crypto.randomBytes(32).toString("hex");
  if (!fs.existsSync(secretFile)) {
    fs.mkdirSync(path.dirname(secretFile), { recursive: true });
    fs.writeFileSync(secretFile, crypto.randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return fs.readFileSync(secretFile, "utf8").trim();
}

const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  NEXT_TELEMETRY_DISABLED: "1",
  WARTA_DEMO: embedded ? "1" : "0",
  SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}`,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
  PAYOUT_ACCOUNT_KEY:
    process.env.PAYOUT_ACCOUNT_KEY ?? localSecret(path.resolve(".data/payout-key")),
};

let shuttingDown = false;
let next; // the development server's process
let stopServer = async () => {}; // the in-process production server
async function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (next && next.exitCode === null) {
    next.kill("SIGTERM");
    await new Promise((resolve) => next.once("exit", resolve));
  }
  await stopServer();
  await stopDatabase();
  if (freshDir) fs.rmSync(freshDir, { recursive: true, force: true });
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

// --no-prepare: a cluster's instance (scripts/cluster.mjs), whose database was migrated and whose
// bundle was built once for all instances before they start.
const prepare = !process.argv.includes("--no-prepare");
if (prepare) await prepareDatabaseAndBuild();

async function prepareDatabaseAndBuild() {
  try {
    execFileSync(process.execPath, ["scripts/wasm-migrate.mjs", "deploy"], {
      env,
      stdio: "inherit",
    });
    if (embedded)
      execFileSync(process.execPath, ["--import", "tsx", "prisma/seed.ts", "--if-empty"], {
        env,
        stdio: "inherit",
      });
    // Next keeps its data cache and generated pages in the build folder across restarts: they belong to
    // one database. Against another database (a fresh one, a new DATABASE_URL) start from a clean build.
    const database = rememberDatabase(databaseIdentity(env));
    if (database !== "same") clearDataCache();
    if (
      mode === "start" &&
      (process.argv.includes("--build") || database === "changed" || needsBuild())
    ) {
      log("building the production bundle (first start, or the sources changed)…");
      execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
        env,
        stdio: "inherit",
      });
    }
  } catch (error) {
    console.error(`[warta] start-up failed: ${error.message}`);
    await shutdown(1);
  }
}

if (mode === "dev") {
  // The development server compiles on demand in its own process; its memory is not a concern.
  next = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "-p", port], {
    env,
    stdio: "inherit",
  });
  next.on("exit", (code) => shutdown(code ?? 0));
  log(`Warta (development) is starting on http://localhost:${port}`);
} else {
  await serveInProcess();
}
if (embedded) {
  log(
    "demo accounts (password: warta-demo-2026): admin@warta.test, editor@warta.test, penulis@warta.test, penulis2@warta.test",
  );
}

/**
 * The production server runs inside this process, through Next's custom-server API (the same request
 * handlers `next start` uses). A second Node process would cost its own ~50 MB just to exist. The
 * heap limit comes from the `node --max-old-space-size=192` in package.json's start script: pages
 * come from Next's cache, so the heap holds little that lives long, and without a limit V8 on a
 * large machine lets the process grow past 700 MB before it bothers to collect. Known problem
 * (bench/README.md, "Crawl memory"): a sustained crawl of distinct articles runs it out of heap
 * whatever the limit (192, 256 and 512 MB tried); a larger limit only delays it.
 */
async function serveInProcess() {
  const heapLimitMb = v8.getHeapStatistics().heap_size_limit / 2 ** 20;
  if (heapLimitMb > 1024)
    log(
      `warning: no heap limit (${Math.round(heapLimitMb)} MB); start with \`npm start\` or node ${SERVER_NODE_FLAGS.join(" ")}`,
    );
  // PORT as `next start` sets it.
  Object.assign(process.env, env, { NODE_ENV: "production", PORT: String(port) });
  let server;
  try {
    // Next loads its cache handler on the first request; loading it first registers this process's
    // tag expiry for the scheduler, which runs before any request (lib/cache/shared-cache.ts).
    await import("../lib/cache/next-cache-handler.mjs");
    const { default: createNextApp } = await import("next");
    const app = createNextApp({ dev: false, dir: process.cwd(), port: Number(port) });
    await app.prepare();
    const handle = app.getRequestHandler();
    const trustedProxies = process.env.TRUST_PROXY_HOPS ?? "0";
    keepServingAfterUncaughtErrors((message) => console.error(`[warta] ${message}`));
    server = http.createServer({ ServerResponse: SingleValueResponse }, (request, response) => {
      if (refuseOversizedBody(request, response)) return;
      // One client address for the whole app (throttles, view counts): see client-address.mjs.
      request.headers["x-forwarded-for"] = clientAddress(
        request.socket.remoteAddress,
        request.headers["x-forwarded-for"],
        trustedProxies,
      );
      delete request.headers["x-real-ip"];
      return handle(request, response);
    });
    await new Promise((resolve, reject) =>
      server.once("error", reject).listen(Number(port), resolve),
    );
  } catch (error) {
    console.error(`[warta] the server could not start: ${error.message}`);
    await shutdown(1);
  }
  stopServer = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  log(`Warta is ready on http://localhost:${port}`);
}
