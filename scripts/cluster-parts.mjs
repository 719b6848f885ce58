// The engines of a Warta cluster, each started as a child process on 127.0.0.1 and stopped by its
// pid: Varnish with the shipped VCL (deploy/varnish/warta.vcl), Redis, and s3rver (a local
// S3-compatible server). Used by `npm run cluster`, the cluster tests and the benchmark.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const SHIPPED_VCL = path.join(repoDir, "deploy", "varnish", "warta.vcl");

/** A TCP port nothing listens on right now. */
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

/** Resolves when something accepts TCP connections on 127.0.0.1:port (or rejects after timeoutMs). */
export async function waitForPort(port, timeoutMs = 20_000, child) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`process exited (${child.exitCode})`);
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function stopper(child) {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 5000).unref();
    });
}

function pipeLog(child, name, log) {
  if (!log) return;
  for (const stream of [child.stdout, child.stderr])
    stream?.on("data", (chunk) => {
      for (const line of String(chunk).split("\n")) if (line.trim()) log(`[${name}] ${line}`);
    });
}

/** A world-readable scratch directory (varnishd's compiler runs as its own unprivileged user). */
function scratchDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

/**
 * The deployment part of the VCL: one backend per app instance, a round-robin director over them,
 * and the ACL of addresses allowed to purge (the instances' own).
 */
export function backendsVcl(backends, purgers = ["127.0.0.1", "::1"]) {
  const lines = backends.map(
    (b, i) =>
      `backend app${i + 1} { .host = "${b.host ?? "127.0.0.1"}"; .port = "${b.port}"; .probe = warta_health; .connect_timeout = 1s; .first_byte_timeout = 30s; }`,
  );
  lines.push("sub vcl_init {", "    new warta_app = directors.round_robin();");
  backends.forEach((_, i) => lines.push(`    warta_app.add_backend(app${i + 1});`));
  lines.push("}", "acl warta_purgers {", ...purgers.map((p) => `    "${p}";`), "}");
  return lines.join("\n") + "\n";
}

/** varnishd in the foreground with the shipped VCL in front of `backends` ([{ port }]). */
export async function startVarnish({ port, backends, purgers, memoryMb = 64, log }) {
  const dir = scratchDir("warta-varnish-");
  const backendsFile = path.join(dir, "warta-backends.vcl");
  fs.writeFileSync(backendsFile, backendsVcl(backends, purgers));
  fs.chmodSync(backendsFile, 0o644);
  const child = spawn(
    "varnishd",
    [
      "-F",
      "-a",
      `127.0.0.1:${port}`,
      "-T",
      "none",
      "-n",
      path.join(dir, "work"),
      "-p",
      `vcl_path=${dir}:/usr/share/varnish/vcl`,
      "-f",
      SHIPPED_VCL,
      "-s",
      `malloc,${memoryMb}m`,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  pipeLog(child, "varnish", log);
  const stop = stopper(child);
  try {
    await waitForPort(port, 30_000, child);
  } catch (error) {
    await stop();
    throw new Error(`varnishd did not start: ${error.message}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    child,
    stop: async () => {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** redis-server in the foreground, nothing persisted. */
export async function startRedis({ port, log }) {
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  pipeLog(child, "redis", log);
  const stop = stopper(child);
  try {
    await waitForPort(port, 15_000, child);
  } catch (error) {
    await stop();
    throw new Error(`redis-server did not start: ${error.message}`);
  }
  return { url: `redis://127.0.0.1:${port}`, pid: child.pid, child, stop };
}

/** s3rver (npm) in a child process with one bucket, its files in a scratch directory. */
export async function startS3({ port, bucket = "warta-media", log }) {
  const dir = scratchDir("warta-s3-");
  const child = spawn(
    process.execPath,
    [
      path.join(repoDir, "node_modules", "s3rver", "bin", "s3rver.js"),
      "--address",
      "127.0.0.1",
      "--port",
      String(port),
      "--directory",
      dir,
      "--configure-bucket",
      bucket,
      "--silent",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  pipeLog(child, "s3", log);
  const stop = stopper(child);
  try {
    await waitForPort(port, 15_000, child);
  } catch (error) {
    await stop();
    throw new Error(`s3rver did not start: ${error.message}`);
  }
  return {
    // s3rver accepts any key pair; S3_* as the app reads them.
    env: {
      MEDIA_STORAGE: "s3",
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "1",
    },
    pid: child.pid,
    child,
    stop: async () => {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
