// Running one size of the scale benchmark: a server on that database, sessions for the desk and the
// studio, draft mode for every reader page (each request queries and renders), one load test per
// target, and the server's memory throughout.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { freePort } from "../scripts/embedded-db.mjs";
import { alive } from "../scripts/embedded-db-orphan.mjs";
import { SERVER_NODE_FLAGS } from "../scripts/server-flags.mjs";
import { startSampler } from "./lib/memory.mjs";
import { draftCookie } from "./lib/targets.mjs";
import { isHealthy } from "./lib/server.mjs";

const WORKER = fileURLToPath(new URL("./scale-load-worker.mjs", import.meta.url));
const DEMO_PASSWORD = "warta-demo-2026";
const EDITOR = "editor@warta.test";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startScaleServer({ databaseUrl, distDir, logFile }) {
  const port = await freePort();
  const previewSecret = crypto.randomBytes(16).toString("hex");
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: distDir,
    PORT: String(port),
    PREVIEW_SECRET: previewSecret,
    SITE_URL: base,
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex"),
    NEXT_TELEMETRY_DISABLED: "1",
    WARTA_DEMO: "1",
  };
  delete env.NODE_ENV;
  const log = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, "bench/scale-server.mjs"], {
    env,
    stdio: ["ignore", log, log],
  });
  const deadline = Date.now() + 120_000;
  while (!(await isHealthy(base))) {
    if (child.exitCode !== null) throw new Error(`the server exited; see ${logFile}`);
    if (Date.now() > deadline) throw new Error(`the server did not get healthy; see ${logFile}`);
    await sleep(500);
  }
  return {
    base,
    previewSecret,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}

async function logIn(base, email) {
  const response = await fetch(new URL("/api/sesi/masuk", base), {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`log-in as ${email} answered ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

function load(options) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, JSON.stringify(options)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load ${code}`)),
    );
  });
}

/** Cookies for the desk (editor), the studio (the top writer) and draft mode (reader pages). */
export async function openSessions(server, writerEmail) {
  const draft = await draftCookie(server.base, server.previewSecret, "/");
  if (!draft.cookie) throw new Error(draft.error);
  return {
    editor: await logIn(server.base, EDITOR),
    writer: await logIn(server.base, writerEmail),
    draft: draft.cookie,
  };
}

/**
 * Waits until the database has no query left running (up to 15 s), then cancels the rest: requests
 * a load run abandoned at its end must not slow down the next measurement (another size's, too).
 */
export async function drain(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const busy = `SELECT pid FROM pg_stat_activity
    WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`;
  try {
    for (let waited = 0; waited < 15_000; waited += 250) {
      if (!(await client.query(busy)).rowCount) return 0;
      await sleep(250);
    }
    const { rowCount } = await client.query(`SELECT pg_cancel_backend(pid) FROM (${busy}) b`);
    return rowCount;
  } finally {
    await client.end();
  }
}

/** Opens sessions and a memory sampler on one size's server. */
export async function prepareSize(server, discovered, databaseUrl) {
  await drain(databaseUrl);
  return {
    server,
    databaseUrl,
    discovered,
    sessions: await openSessions(server, discovered.writerEmail),
    sampler: startSampler(server.pid),
    rows: [],
  };
}

/**
 * Measures one target on one prepared size. Targets are measured size after size (10 k, then
 * 1 M, then the next target): on a shared machine whose load drifts over minutes, a ratio between
 * two runs seconds apart means more than one between runs a quarter of an hour apart.
 */
export async function measureTarget(prepared, target, options) {
  const { server, sessions, sampler } = prepared;
  const cookie = sessions[target.as ?? "draft"];
  const url = new URL(target.path, server.base).href;
  const probe = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await probe.text();
  if (probe.status !== 200) {
    const row = { ...target, status: probe.status, skipped: Boolean(target.optional) };
    prepared.rows.push(row);
    return row;
  }
  const runs = [];
  const connectionSets =
    target.key === "searchCommon" ? [options.connections, 8] : [options.connections];
  for (const connections of connectionSets) {
    const common = { url, headers: { cookie }, connections, timeout: 20 };
    if (options.warmup) await load({ ...common, duration: options.warmup });
    sampler.takeWindowPeak();
    const result = await load({ ...common, duration: options.duration });
    runs.push({ connections, ...result, peakRss: sampler.takeWindowPeak() });
    await drain(prepared.databaseUrl);
  }
  const row = { ...target, status: 200, bytes: Buffer.byteLength(body), ...runs[0] };
  if (runs[1]) row.at8 = runs[1];
  prepared.rows.push(row);
  return row;
}

export const describeRow = (row) =>
  row.status !== 200
    ? `HTTP ${row.status}${row.skipped ? " (absent, skipped)" : ""}`
    : `${row.requestsPerSecond.toFixed(0).padStart(5)} req/s  p50 ${Math.round(row.p50)} p95 ${Math.round(row.p95)} p99 ${Math.round(row.p99)} ms${row.non2xx ? `  non-2xx ${row.non2xx}` : ""}${row.at8 ? `  (8 connections: p95 ${Math.round(row.at8.p95)} ms, ${row.at8.requestsPerSecond.toFixed(0)} req/s)` : ""}`;

/** Requests `paths` once each (no draft mode: ISR fills its cache), `concurrency` at a time. */
export async function crawl(server, paths, concurrency, onProgress = () => {}) {
  const sampler = startSampler(server.pid);
  let next = 0;
  let failed = 0;
  const started = Date.now();
  let dead = false;
  const worker = async () => {
    while (next < paths.length && !dead) {
      const path = paths[next++];
      try {
        const response = await fetch(new URL(path, server.base), { redirect: "manual" });
        await response.arrayBuffer();
        if (response.status !== 200) failed++;
      } catch {
        failed++;
        // A server that died (out of memory, say) fails every request from then on: stop there.
        if (!alive(server.pid)) dead = true;
      }
      if (next % 5000 === 0) onProgress(next, sampler.takeWindowPeak(), Date.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return {
    urls: paths.length,
    requested: next,
    serverDied: dead,
    failed,
    seconds: (Date.now() - started) / 1000,
    memory: sampler.stop(),
  };
}
