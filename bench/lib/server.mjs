// Starting, probing and stopping the production server that the benchmark measures.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "../../scripts/embedded-db.mjs";
import { processTree } from "./memory.mjs";
import { SERVER_NODE_FLAGS } from "../../scripts/server-flags.mjs";

const HEALTH_TIMEOUT_MS = 10 * 60_000; // a first start migrates, seeds and builds: minutes, not seconds
const STOP_TIMEOUT_MS = 60_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** True once GET /api/health answers 200 (the database is reachable too, not just the port). */
export async function isHealthy(baseUrl) {
  try {
    const response = await fetch(new URL("/api/health", baseUrl), {
      signal: AbortSignal.timeout(5_000),
    });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

/**
 * Runs `node scripts/serve.mjs start` on a free port, the way `npm start` does, without DATABASE_URL
 * so it uses the embedded demo database. Its output goes to `logFile` so the table stays readable;
 * only the wrapper's own "[warta]" progress lines are echoed, because a first build takes minutes.
 */
export async function launchServer({ cwd, logFile, fresh = false, onProgress = () => {} }) {
  const port = await freePort();
  const previewSecret = crypto.randomBytes(16).toString("hex");
  const env = { ...process.env, PREVIEW_SECRET: previewSecret, PORT: String(port) };
  delete env.DATABASE_URL;
  delete env.NODE_ENV; // `next start` sets production itself; an inherited value would only confuse it

  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.createWriteStream(logFile);
  // Its own process group: a Ctrl-C in the terminal reaches only us, and we stop it in order.
  // --fresh: a throw-away database with the demo seed, for when another server holds .data/pg.
  const serveArgs = [
    ...SERVER_NODE_FLAGS,
    "scripts/serve.mjs",
    "start",
    "--port",
    String(port),
    ...(fresh ? ["--fresh"] : []),
  ];
  const child = spawn(process.execPath, serveArgs, {
    cwd,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let pending = "";
  const echo = (chunk) => {
    log.write(chunk);
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop();
    for (const line of lines) if (line.startsWith("[warta]")) onProgress(line);
  };
  child.stdout.on("data", echo);
  child.stderr.on("data", echo);
  const exited = new Promise((resolve) =>
    child.once("exit", (code, signal) => {
      log.end();
      resolve({ code, signal });
    }),
  );

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid,
    previewSecret,
    child,
    exited,
    logFile,
  };
}

/** Waits for the launched server to answer /api/health; throws if it exits or takes too long. */
export async function waitUntilHealthy(server) {
  const { exited, logFile } = server;
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let finished = false;
  exited.then(() => {
    finished = true;
  });
  while (!(await isHealthy(server.url))) {
    if (finished)
      throw new Error(`the server exited before it was healthy; see ${logFile}\n${tail(logFile)}`);
    if (Date.now() > deadline) {
      await stopServer(server);
      throw new Error(
        `GET /api/health did not answer 200 within ${HEALTH_TIMEOUT_MS / 60_000} minutes; see ${logFile}`,
      );
    }
    await sleep(1_000);
  }
}

/**
 * SIGTERM to the wrapper, which stops Next and then PostgreSQL cleanly (the demo data survives).
 * Only if it hangs (it cannot react while a build runs synchronously) is its tree killed: Node
 * processes outright, PostgreSQL with SIGINT, its own "fast shutdown" that keeps the data intact.
 */
export async function stopServer(server) {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill("SIGTERM");
  const timedOut = await Promise.race([
    server.exited.then(() => false),
    sleep(STOP_TIMEOUT_MS).then(() => true),
  ]);
  if (!timedOut) return;
  console.error(`server did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing its processes`);
  for (const p of processTree(server.pid, { includePostgres: true })) {
    try {
      process.kill(p.pid, p.postgres ? "SIGINT" : "SIGKILL");
    } catch {
      /* already gone */
    }
  }
  await server.exited;
}

export function tail(file, lines = 20) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

/**
 * The server an on-demand bench script measures: the one at `url` when given, else a production
 * server it starts (and the caller stops with stopServer). Returns { baseUrl, server }.
 */
export async function serverToMeasure({ url, cwd, logFile, fresh = false }) {
  if (url) return { baseUrl: url, server: null };
  console.log("starting a production server (a first start builds: minutes)…");
  const server = await launchServer({
    cwd,
    logFile,
    fresh,
    onProgress: (line) => console.log(line),
  });
  await waitUntilHealthy(server);
  return { baseUrl: server.url, server };
}
