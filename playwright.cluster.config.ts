import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { browserPath } from "./e2e/browser";

// `npm test`'s cluster step: the real parts of a deployment at scale, started once for every test in
// e2e-cluster/ (see its global-setup.ts): PostgreSQL, Redis, s3rver, two app instances sharing one
// production build, and Varnish with deploy/varnish/warta.vcl in front.
const FRONT_PORT = Number(process.env.E2E_CLUSTER_PORT ?? 3520);
export const CLUSTER_STATE_FILE = path.join(os.tmpdir(), `warta-cluster-e2e-${FRONT_PORT}.json`);
process.env.WARTA_CLUSTER_STATE_FILE = CLUSTER_STATE_FILE;
process.env.WARTA_CLUSTER_FRONT_PORT = String(FRONT_PORT);
// e2e/fixtures/database.ts reads the throw-away database's URL from here.
process.env.WARTA_DATABASE_URL_FILE = path.join(os.tmpdir(), `warta-cluster-e2e-${FRONT_PORT}.url`);

export default defineConfig({
  testDir: "e2e-cluster",
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  globalSetup: "./e2e-cluster/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${FRONT_PORT}`,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: browserPath(),
      args: ["--disable-background-networking", "--disable-component-update", "--no-first-run"],
    },
  },
});
