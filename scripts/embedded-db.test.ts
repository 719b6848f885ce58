import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-db.mjs";

// The embedded cluster as `npm start` uses it: a data directory under a `.data` folder of a fresh
// checkout-like directory. Each test gets its own, removed afterwards.
const roots: string[] = [];
function freshRoot() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "warta-embedded-"));
  fs.chmodSync(root, 0o755);
  roots.push(root);
  return path.join(root, ".data", "pg");
}
afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A Node process that starts the cluster and then waits to be killed, like a killed `npm start`. */
function startInChild(dir: string): Promise<{ pid: number; url: string }> {
  const script = `
    import { startEmbeddedPostgres } from ${JSON.stringify(path.resolve("scripts/embedded-db.mjs"))};
    const db = await startEmbeddedPostgres({ dir: ${JSON.stringify(dir)}, quiet: true });
    console.log("URL " + db.url);
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk;
      const match = /URL (\S+)/.exec(out);
      if (match) resolve({ pid: child.pid!, url: match[1] });
    });
    child.on("exit", (code) => reject(new Error(`child exited ${code}`)));
  });
}

// Starting PostgreSQL takes seconds on a loaded machine; these tests start it two or three times.
describe("startEmbeddedPostgres", { timeout: 90_000 }, () => {
  it("keeps its data in the directory it was given, with a random superuser password kept mode 600", async () => {
    const dir = freshRoot();
    const db = await startEmbeddedPostgres({ dir, quiet: true });
    try {
      expect(db.dir).toBe(dir);
      expect(fs.existsSync(path.join(dir, "PG_VERSION"))).toBe(true);
      const secrets = `${dir}-credentials.json`;
      expect(fs.statSync(secrets).mode & 0o777).toBe(0o600);
      const { superuserPassword } = JSON.parse(fs.readFileSync(secrets, "utf8"));
      expect(superuserPassword).not.toBe("postgres");
      expect(superuserPassword.length).toBeGreaterThanOrEqual(24);
      if (process.getuid?.() === 0) {
        // Passable for the postgres user, not listable by anyone but its owner.
        expect(fs.statSync(path.dirname(dir)).mode & 0o777).toBe(0o711);
        expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      }
      // The app connects as a role that owns its database but is no superuser.
      const [me] = await query(
        db.url,
        "SELECT current_user AS name, rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user",
      );
      expect(me).toEqual({ name: "warta_app", rolsuper: false, rolcreaterole: false });
      await expect(query(db.url, "SELECT pg_read_file('PG_VERSION')")).rejects.toThrow(
        /permission denied/,
      );
      const legacy = db.url.replace(/\/\/[^@]+@/, "//postgres:postgres@");
      await expect(query(legacy, "SELECT 1")).rejects.toThrow(/password authentication failed/);
    } finally {
      await db.stop();
    }
  });

  it("starts again after the Node process that owned it was killed with SIGKILL", async () => {
    const dir = freshRoot();
    const first = await startInChild(dir);
    await query(
      first.url,
      "CREATE TABLE survivor (note text); INSERT INTO survivor VALUES ('ada')",
    );
    process.kill(first.pid, "SIGKILL");
    // The orphaned server is still running and holds the data directory.
    expect(fs.existsSync(path.join(dir, "postmaster.pid"))).toBe(true);

    const second = await startEmbeddedPostgres({ dir, quiet: true });
    try {
      expect(await query(second.url, "SELECT note FROM survivor")).toEqual([{ note: "ada" }]);
    } finally {
      await second.stop();
    }
  });

  it("refuses to take over a cluster that a live process still owns", async () => {
    const dir = freshRoot();
    const owner = await startEmbeddedPostgres({ dir, quiet: true });
    try {
      await expect(startEmbeddedPostgres({ dir, quiet: true })).rejects.toThrow(/in use/);
      expect(await query(owner.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    } finally {
      await owner.stop();
    }
  });
});
