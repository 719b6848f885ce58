// One autocannon run in its own process, keeping every response time so p95 is exact (autocannon's
// own histogram reports p90 and p97.5 but no p95).
import autocannon from "autocannon";

const options = JSON.parse(process.argv[2]);
const times = [];
const instance = autocannon(options, (error, result) => {
  if (error) {
    console.error(error.message);
    process.exit(1);
  }
  times.sort((a, b) => a - b);
  const at = (q) =>
    times.length ? times[Math.min(times.length - 1, Math.floor(q * times.length))] : NaN;
  process.stdout.write(
    JSON.stringify({
      requestsPerSecond: result.requests.mean,
      requests: times.length,
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
    }),
  );
});
instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
process.on("SIGTERM", () => instance.stop());
