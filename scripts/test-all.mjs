// `npm test`: every check, in order of cost: types, lint, unit + integration (real PostgreSQL),
// end-to-end in Chromium against a production build, then the cluster (several instances behind
// Varnish). Stops at the first failure.
import { spawnSync } from "node:child_process";

const steps = [
  ["type-check", "npx", ["tsc", "--noEmit", "-p", "."]],
  ["lint", "npx", ["eslint", "--max-warnings", "0", "."]],
  ["format", "npx", ["prettier", "--check", "."]],
  ["unit + integration", "node", ["scripts/with-test-db.mjs", "vitest", "run"]],
  ["end-to-end", "npx", ["playwright", "test"]],
  // Two instances, Redis, s3rver and Varnish with the shipped VCL, started once (e2e-cluster/).
  ["cluster", "npx", ["playwright", "test", "-c", "playwright.cluster.config.ts"]],
];

const only = process.argv.slice(2);
for (const [name, command, args] of steps) {
  if (only.length && !only.includes(name.split(" ")[0])) continue;
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const { status } = spawnSync(command, args, { stdio: "inherit", env: process.env });
  console.log(
    `=== ${name}: ${status === 0 ? "passed" : "FAILED"} in ${Math.round((Date.now() - started) / 1000)} s ===`,
  );
  if (status !== 0) process.exit(status ?? 1);
}
