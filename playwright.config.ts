import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { browserPath } from "./e2e/browser";
import { SERVER_NODE_FLAGS } from "./scripts/server-flags.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3210);
export const PREVIEW_SECRET = "e2e-preview-secret-0123456789";
/** serve.mjs writes the throw-away database's URL here; e2e/fixtures/database.ts reads it. */
export const DATABASE_URL_FILE = path.join(os.tmpdir(), `warta-e2e-${PORT}.url`);
process.env.WARTA_DATABASE_URL_FILE = DATABASE_URL_FILE;

export default defineConfig({
  testDir: "e2e",
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: browserPath(),
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    // A throw-away embedded database, migrated and seeded, and a production build of its own.
    command: `node ${SERVER_NODE_FLAGS.join(" ")} scripts/serve.mjs start --fresh --build --port ${PORT}`,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    // The tests stand in for one trusted proxy: each spec names its own client address in
    // x-forwarded-for, so one spec's failed log-ins never throttle another's.
    env: {
      TRUST_PROXY_HOPS: "1",
      NEXT_DIST_DIR: PORT === 3210 ? ".next-e2e" : `.next-e2e-${PORT}`,
      PREVIEW_SECRET,
      DATABASE_URL: "",
      WARTA_DATABASE_URL_FILE: DATABASE_URL_FILE,
    },
  },
});
