// `npm run bench -- --scale`: the same pages at two archive sizes (default 10 k and 1 M articles),
// every reader page rendered uncached (draft mode), p50/p95/p99 and req/s, the 1 M / 10 k ratios,
// EXPLAIN (ANALYZE, BUFFERS) of each page's queries at the largest size, database size, server
// memory, and a crawl of distinct article URLs for the memory bound. See bench/README.md.
//   npm run bench -- --scale [--db 10k=URL --db 1m=URL] [--duration 10] [--warmup 2]
//       [--connections 32] [--crawl 100000] [--only key,key] [--no-explain] [--pg-log FILE]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { needsBuild } from "../scripts/build-state.mjs";
import { explainTargets, withAutoExplain } from "./scale-explain.mjs";
import { crawl, measureTargets, openSessions, startScaleServer } from "./scale-run.mjs";
import { crawlPaths, discoverTargets } from "./scale-targets.mjs";
import { scaleReport } from "./scale-report.mjs";

const DEFAULT_DB = "postgresql://postgres:postgres@127.0.0.1:55432";
const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--scale"),
  options: {
    db: { type: "string", multiple: true },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    connections: { type: "string", default: "32" },
    crawl: { type: "string", default: "0" },
    only: { type: "string" },
    "no-explain": { type: "boolean", default: false },
    "pg-log": { type: "string", default: ".data/scale-pg/log/postgresql.log" },
    "dist-dir": { type: "string", default: ".next-scale" },
    "no-build": { type: "boolean", default: false },
  },
});
const sizes = (args.db ?? [`10k=${DEFAULT_DB}/warta_10k`, `1m=${DEFAULT_DB}/warta_1m`]).map(
  (spec) => {
    const [name, url] = spec.split(/=(.*)/s);
    return { name, url };
  },
);
const options = {
  duration: Number(args.duration),
  warmup: Number(args.warmup),
  connections: Number(args.connections),
};
const resultsDir = path.resolve("bench/results");
fs.mkdirSync(resultsDir, { recursive: true });
const logFile = path.join(resultsDir, "scale-server.log");
const log = (line) => console.log(`[scale] ${line}`);

const distDir = args["dist-dir"];
process.env.NEXT_DIST_DIR = distDir;
if (!args["no-build"] && needsBuild()) {
  log(`building into ${distDir} (sources changed or no build yet)…`);
  execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: ["ignore", fs.openSync(logFile, "a"), fs.openSync(logFile, "a")],
    env: {
      ...process.env,
      DATABASE_URL: sizes[0].url,
      NEXT_DIST_DIR: distDir,
      NODE_ENV: "production",
    },
  });
}

const results = [];
for (const [i, size] of sizes.entries()) {
  const discovered = await discoverTargets(size.url);
  if (args.only) {
    const keep = new Set(args.only.split(","));
    discovered.targets = discovered.targets.filter((t) => keep.has(t.key));
  }
  log(
    `${size.name}: ${discovered.counts.articles} articles, database ${(discovered.counts.bytes / 2 ** 30).toFixed(2)} GB`,
  );
  let server = await startScaleServer({ databaseUrl: size.url, distDir, logFile });
  const measured = await measureTargets(server, discovered, options, (line) => log(`  ${line}`));
  const result = { size: size.name, ...discovered.counts, ...measured };
  await server.stop();

  const largest = i === sizes.length - 1;
  if (largest && !args["no-explain"] && fs.existsSync(args["pg-log"])) {
    await withAutoExplain(size.url, true);
    try {
      server = await startScaleServer({ databaseUrl: size.url, distDir, logFile });
      const sessions = await openSessions(server, discovered.writerEmail);
      result.explain = await explainTargets({
        base: server.base,
        targets: measured.rows.filter((r) => r.status === 200),
        cookieFor: (t) => sessions[t.as ?? "draft"],
        logFile: args["pg-log"],
      });
      await server.stop();
    } finally {
      await withAutoExplain(size.url, false);
    }
  }
  const crawlCount = Number(args.crawl);
  if (largest && crawlCount > 0) {
    server = await startScaleServer({ databaseUrl: size.url, distDir, logFile });
    const paths = await crawlPaths(size.url, crawlCount);
    const distBefore = dirSize(distDir);
    log(
      `crawl: ${paths.length} distinct article URLs, 16 at a time, no draft mode (ISR stores them)`,
    );
    result.crawl = await crawl(server, paths, 16, (n, peak) =>
      log(`  crawl ${n}/${paths.length}, RSS peak ${(peak / 2 ** 20).toFixed(0)} MB`),
    );
    result.crawl.distDirBytes = { before: distBefore, after: dirSize(distDir) };
    await server.stop();
  }
  results.push(result);
}

function dirSize(dir) {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(file) : fs.statSync(file).size;
  }
  return total;
}

const file = path.join(resultsDir, "scale.json");
fs.writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), options, results }, null, 2)}\n`,
);
console.log(`\n${scaleReport(results)}`);
log(`results: ${path.relative(process.cwd(), file)}`);
