// One target's load test through autocannon's programmatic API: a warm-up run whose numbers are
// thrown away (it fills Next's caches and the connection pool), then the measured run.
import autocannon from "autocannon";

/** The currently running autocannon instance, so Ctrl-C can stop it instead of waiting it out. */
let running = null;
export function stopLoad() {
  running?.stop();
}

function run(options) {
  return new Promise((resolve, reject) => {
    running = autocannon(options, (error, result) => {
      running = null;
      if (error) reject(error);
      else resolve(result);
    });
  });
}

export async function measure({ url, headers = {}, connections, duration, warmup }) {
  const options = { url, headers, connections, timeout: 10, renderProgressBar: false, renderResultsTable: false };
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
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count])),
    bytesPerSecond: result.throughput.mean,
  };
}
