import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the throw-away PostgreSQL of this run; test/setup-env.ts puts it in process.env. */
    databaseUrl: string;
  }
}

type EmbeddedPostgres = { url: string; stop: () => Promise<void>; dir: string; port: number };
type EmbeddedDbModule = {
  startEmbeddedPostgres: (options: {
    dir: string;
    database?: string;
    quiet?: boolean;
    testing?: boolean;
  }) => Promise<EmbeddedPostgres>;
};

function migrate(root: string, url: string) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "scripts/wasm-migrate.mjs"), "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`migrations failed (${code}):\n${stderr}`)),
    );
  });
}

// Always a fresh database in a fresh temp dir, whatever DATABASE_URL says: tests never touch the
// developer's (or production's) database.
export default async function setup(project: TestProject) {
  const root = project.config.root;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "warta-test-"));
  // As root the server runs as user `postgres`, which must be able to enter the directory.
  fs.chmodSync(tmp, 0o755);
  let pg: EmbeddedPostgres | undefined;
  const cleanup = async () => {
    await pg?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    // scripts/embedded-db.mjs is plain JavaScript (no declarations): typed here by its contract.
    const { startEmbeddedPostgres } = (await import(
      pathToFileURL(path.join(root, "scripts/embedded-db.mjs")).href
    )) as EmbeddedDbModule;
    pg = await startEmbeddedPostgres({
      dir: path.join(tmp, "pg"),
      database: "warta_test",
      quiet: true,
      testing: true,
    });
    await migrate(root, pg.url);
  } catch (error) {
    await cleanup();
    throw error;
  }
  project.provide("databaseUrl", pg.url);
  // Belt and braces for anything that reads the environment in the main process.
  process.env.DATABASE_URL = pg.url;
  return cleanup;
}
