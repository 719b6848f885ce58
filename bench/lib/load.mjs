// One target's load test: a warm-up run whose numbers are thrown away (it fills Next's caches and the
// connection pool), then the measured run, each in a fresh autocannon process (load-worker.mjs).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const WORKER = fileURLToPath(new URL("./load-worker.mjs", import.meta.url));

/** The currently running load generator, so Ctrl-C can stop it instead of waiting it out. */
let running = null;
export function stopLoad() {
  running?.kill("SIGTERM");
}

/** Runs autocannon in a fresh process (load-worker.mjs) and resolves with its result object. */
function run(options) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, JSON.stringify(options)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    running = child;
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      running = null;
      if (code === 0) resolve(JSON.parse(output));
      else reject(new Error(`the load generator exited with ${code}`));
    });
  });
}

export async function measure({ url, headers = {}, connections, duration, warmup }) {
  const options = {
    url,
    headers,
    connections,
    timeout: 10,
    renderProgressBar: false,
    renderResultsTable: false,
  };
  if (warmup > 0) await run({ ...options, duration: warmup });
  const result = await run({ ...options, duration });
  return {
    requestsPerSecond: result.requests.mean,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyMax: result.latency.max,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
    ),
    bytesPerSecond: result.throughput.mean,
  };
}
