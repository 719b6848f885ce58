// `npm run cluster`: Warta as it runs at scale, on this machine, everything on 127.0.0.1:
// embedded PostgreSQL -> migrations, demo content, one production build -> Redis, s3rver (media) ->
// N app instances on their own ports -> Varnish with deploy/varnish/warta.vcl in front.
//   npm run cluster -- [--instances 2] [--port 8080] [--fresh] [--build]
// Needs the Debian packages varnish, varnish-modules and redis-server. Ctrl-C stops everything.
// The cluster tests (e2e-cluster/) start the same parts through startCluster().
import { spawn, execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "./embedded-db.mjs";
import { needsBuild } from "./build-state.mjs";
import { freePort, startRedis, startS3, startVarnish, waitForPort } from "./cluster-parts.mjs";
import { SERVER_NODE_FLAGS } from "./server-flags.mjs";

const repoDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

async function healthy(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`instance exited (${child.exitCode})`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not become healthy`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Starts a whole cluster and returns its parts: `front` (Varnish), `instances` (each with url,
 * pid, stop(), kill()), `databaseUrl`, and `stop()` for everything.
 */
export async function startCluster({
  instances: count = 2,
  frontPort,
  fresh = false,
  build = false,
  distDir = ".next-cluster",
  schedulerIntervalMs,
  log = (line) => console.log(line),
  instanceLog,
} = {}) {
  const stops = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    stops.length = 0;
  };
  try {
    const dataDir = fresh
      ? fs.mkdtempSync(path.join(os.tmpdir(), "warta-cluster-"))
      : path.join(repoDir, ".data", "cluster");
    fs.mkdirSync(dataDir, { recursive: true });
    fs.chmodSync(dataDir, 0o755);
    const database = await startEmbeddedPostgres({ dir: path.join(dataDir, "pg") });
    stops.push(async () => {
      await database.stop();
      if (fresh) fs.rmSync(dataDir, { recursive: true, force: true });
    });
    log(`[cluster] PostgreSQL: ${database.url.replace(/:[^:@/]+@/, ":***@")}`);

    const front = frontPort ?? (await freePort());
    const frontUrl = `http://127.0.0.1:${front}`;
    const secretFile = path.join(dataDir, "secrets.json");
    if (!fs.existsSync(secretFile))
      fs.writeFileSync(
        secretFile,
        JSON.stringify({
          auth: crypto.randomBytes(32).toString("hex"),
          // Every instance must decrypt every other's server-action ids and bound arguments.
          actions: crypto.randomBytes(32).toString("base64"),
        }),
        { mode: 0o600 },
      );
    const secrets = JSON.parse(fs.readFileSync(secretFile, "utf8"));

    const redis = await startRedis({ port: await freePort() });
    stops.push(redis.stop);
    const s3 = await startS3({ port: await freePort() });
    stops.push(s3.stop);
    log(`[cluster] Redis: ${redis.url}; S3 (s3rver): ${s3.env.S3_ENDPOINT}`);

    const env = {
      ...process.env,
      ...s3.env,
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      VARNISH_PURGE_URLS: frontUrl,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: secrets.auth,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: secrets.actions,
      SITE_URL: frontUrl,
      NEXTAUTH_URL: frontUrl,
      // Varnish is the one proxy in front: it appends the reader's address to X-Forwarded-For.
      TRUST_PROXY_HOPS: "1",
      ...(schedulerIntervalMs ? { WARTA_SCHEDULER_INTERVAL_MS: String(schedulerIntervalMs) } : {}),
    };
    const run = (args) =>
      execFileSync(process.execPath, args, { env, stdio: "inherit", cwd: repoDir });
    run(["scripts/wasm-migrate.mjs", "deploy"]);
    run(["--import", "tsx", "prisma/seed.ts", "--if-empty"]);
    process.env.NEXT_DIST_DIR = distDir; // needsBuild() reads it
    if (build || needsBuild()) {
      log(`[cluster] building the production bundle into ${distDir}…`);
      run(["node_modules/next/dist/bin/next", "build"]);
    }

    const started = [];
    for (let i = 1; i <= count; i++) started.push(await launchInstance(i));
    async function launchInstance(i) {
      const port = await freePort();
      const child = spawn(
        process.execPath,
        [
          ...SERVER_NODE_FLAGS,
          "scripts/serve.mjs",
          "start",
          "--no-prepare",
          "--port",
          String(port),
        ],
        {
          cwd: repoDir,
          env: { ...env, WARTA_INSTANCE_ID: `app-${i}` },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      const prefix = `[app-${i}] `;
      const sink = instanceLog ?? log;
      for (const stream of [child.stdout, child.stderr])
        stream.on("data", (chunk) => {
          for (const line of String(chunk).split("\n")) if (line.trim()) sink(prefix + line);
        });
      const instance = {
        name: `app-${i}`,
        port,
        url: `http://127.0.0.1:${port}`,
        child,
        get pid() {
          return child.pid;
        },
        /** kill -9: no clean shutdown of anything. */
        kill: () => {
          if (child.exitCode === null) child.kill("SIGKILL");
          return new Promise((resolve) =>
            child.exitCode !== null || child.signalCode ? resolve() : child.once("exit", resolve),
          );
        },
        stop: () =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
            setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 15_000).unref();
          }),
      };
      stops.push(() => instance.stop());
      return instance;
    }
    await Promise.all(started.map((instance) => healthy(instance.url, 180_000, instance.child)));
    await Promise.all(started.map((instance) => waitForPort(instance.port)));

    const varnish = await startVarnish({
      port: front,
      backends: started.map((instance) => ({ port: instance.port })),
    });
    stops.push(varnish.stop);
    await healthy(frontUrl, 30_000);
    return {
      frontUrl,
      varnish,
      redis,
      s3,
      databaseUrl: database.url,
      instances: started,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { values } = parseArgs({
    options: {
      instances: { type: "string", default: "2" },
      port: { type: "string" },
      fresh: { type: "boolean", default: false },
      build: { type: "boolean", default: false },
    },
  });
  const count = Number(values.instances);
  if (!Number.isInteger(count) || count < 1 || count > 16) {
    console.error("--instances must be a whole number from 1 to 16");
    process.exit(2);
  }
  let cluster = null;
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    console.log("\n[cluster] stopping…");
    await cluster?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));
  try {
    cluster = await startCluster({
      instances: count,
      frontPort: values.port ? Number(values.port) : undefined,
      fresh: values.fresh,
      build: values.build,
    });
  } catch (error) {
    console.error(`[cluster] start-up failed: ${error.message}`);
    process.exit(1);
  }
  for (const instance of cluster.instances)
    console.log(`[cluster] ${instance.name}: ${instance.url} (pid ${instance.pid})`);
  console.log(`[cluster] Warta is ready through Varnish on ${cluster.frontUrl} (Ctrl-C stops all)`);
}
