import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import e2eGlobalSetup from "../e2e/global-setup";
import { startCluster } from "../scripts/cluster.mjs";

/** What the tests (separate worker processes) need to know about the running cluster. */
export type ClusterState = {
  frontUrl: string;
  logFile: string;
  s3: Record<string, string>;
  redisPid: number;
  instances: { name: string; url: string; pid: number }[];
};

// Started once for all cluster tests; the returned function stops it after the last one.
export default async function globalSetup() {
  await e2eGlobalSetup();
  const logFile = path.join(os.tmpdir(), `warta-cluster-e2e-${process.pid}.log`);
  const out = fs.createWriteStream(logFile);
  const write = (line: string) => out.write(`${line}\n`);
  console.log(`[cluster e2e] starting the cluster (log: ${logFile})…`);
  const cluster = await startCluster({
    instances: 2,
    frontPort: Number(process.env.WARTA_CLUSTER_FRONT_PORT),
    fresh: true,
    distDir: ".next-cluster",
    // Short, so the lease and scheduled publication are seen within a test.
    schedulerIntervalMs: 2000,
    log: write,
  }).catch((error: Error) => {
    out.end();
    throw new Error(`${error.message} (see ${logFile})`);
  });
  fs.writeFileSync(process.env.WARTA_DATABASE_URL_FILE!, cluster.databaseUrl, { mode: 0o600 });
  const state: ClusterState = {
    frontUrl: cluster.frontUrl,
    logFile,
    s3: cluster.s3.env,
    redisPid: cluster.redis.pid!,
    instances: cluster.instances.map((i) => ({ name: i.name, url: i.url, pid: i.pid! })),
  };
  fs.writeFileSync(process.env.WARTA_CLUSTER_STATE_FILE!, JSON.stringify(state));
  return async () => {
    await cluster.stop();
    out.end();
    fs.rmSync(process.env.WARTA_DATABASE_URL_FILE!, { force: true });
  };
}
