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
import pg from "pg";
import {
  crawl,
  describeRow,
  measureTarget,
  openSessions,
  prepareSize,
  startScaleServer,
} from "./scale-run.mjs";
import { crawlPaths, discoverTargets } from "./scale-targets.mjs";
import { scaleReport } from "./scale-report.mjs";

// Written by bench/scale-db.mjs: the app role's URL per size, and the superuser's (auto_explain).
const scaleUrls = fs.existsSync(".data/scale-pg-urls.json")
  ? JSON.parse(fs.readFileSync(".data/scale-pg-urls.json", "utf8"))
  : null;
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
    "pg-log": { type: "string" },
    "dist-dir": { type: "string", default: ".next-scale" },
    "no-build": { type: "boolean", default: false },
  },
});
const defaultSizes = Object.entries(scaleUrls?.sizes ?? {}).map(([name, url]) => `${name}=${url}`);
const sizes = (args.db ?? defaultSizes).map((spec) => {
  const [name, url] = spec.split(/=(.*)/s);
  return { name, url };
});
if (!sizes.length) {
  console.error("[scale] no databases: start node bench/scale-db.mjs, or pass --db name=URL");
  process.exit(1);
}
/** The superuser's URL for a size's database when bench/scale-db.mjs made it, else its own. */
const adminUrl = (url) =>
  scaleUrls?.admin ? `${scaleUrls.admin}/${new URL(url).pathname.slice(1)}` : url;
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

// Every size's server runs at once (one is measured at a time): each target is measured at every
// size back to back, so the machine's drifting load hits both sides of a ratio alike.
const prepared = [];
for (const size of sizes) {
  const discovered = await discoverTargets(size.url);
  if (args.only) {
    const keep = new Set(args.only.split(","));
    discovered.targets = discovered.targets.filter((t) => keep.has(t.key));
  }
  log(
    `${size.name}: ${discovered.counts.articles} articles, database ${(discovered.counts.bytes / 2 ** 30).toFixed(2)} GB`,
  );
  const server = await startScaleServer({ databaseUrl: size.url, distDir, logFile });
  prepared.push({ size, ...(await prepareSize(server, discovered, size.url)) });
}
for (const [index, target] of prepared[0].discovered.targets.entries()) {
  for (const p of prepared) {
    const own = p.discovered.targets[index];
    const row = await measureTarget(p, own, options);
    log(`${p.size.name.padEnd(4)} ${own.label.padEnd(28)} ${describeRow(row)}`);
  }
  void target;
}
const results = [];
for (const p of prepared) {
  results.push({
    size: p.size.name,
    ...p.discovered.counts,
    rows: p.rows,
    memory: p.sampler.stop(),
  });
  await p.server.stop();
}

const largest = sizes.at(-1);
const largestResult = results.at(-1);
const discoveredLargest = prepared.at(-1).discovered;
const pgLog = args["pg-log"] ?? (await serverLogFile(adminUrl(largest.url)));
if (!args["no-explain"] && pgLog && fs.existsSync(pgLog)) {
  await withAutoExplain(adminUrl(largest.url), true);
  try {
    const server = await startScaleServer({ databaseUrl: largest.url, distDir, logFile });
    const sessions = await openSessions(server, discoveredLargest.writerEmail);
    largestResult.explain = await explainTargets({
      base: server.base,
      targets: largestResult.rows.filter((r) => r.status === 200),
      cookieFor: (t) => sessions[t.as ?? "draft"],
      logFile: pgLog,
    });
    await server.stop();
  } finally {
    await withAutoExplain(adminUrl(largest.url), false);
  }
  log(`explain: ${largestResult.explain.reduce((n, e) => n + e.plans.length, 0)} plans captured`);
}
const crawlCount = Number(args.crawl);
if (crawlCount > 0) {
  const server = await startScaleServer({ databaseUrl: largest.url, distDir, logFile });
  const paths = await crawlPaths(largest.url, crawlCount);
  const distBefore = dirSize(distDir);
  log(
    `crawl: ${paths.length} distinct article URLs, 16 at a time, no draft mode (ISR stores them)`,
  );
  largestResult.crawl = await crawl(server, paths, 16, (n, peak, ms) =>
    log(
      `  crawl ${n}/${paths.length}: ${((n / ms) * 1000).toFixed(0)} URLs/s, RSS peak of the last 5,000 ${(peak / 2 ** 20).toFixed(0)} MB`,
    ),
  );
  if (largestResult.crawl.serverDied)
    log(`  the server died after ${largestResult.crawl.requested} URLs; see ${logFile}`);
  largestResult.crawl.distDirBytes = { before: distBefore, after: dirSize(distDir) };
  await server.stop();
}

/** auto_explain writes to the server's log file (bench/scale-db.mjs turns the collector on). */
async function serverLogFile(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT current_setting('logging_collector') AS on,
      current_setting('data_directory') AS data, current_setting('log_directory') AS dir,
      current_setting('log_filename') AS file`);
    const r = rows[0];
    if (r.on !== "on" || r.file.includes("%")) return null;
    return path.isAbsolute(r.dir) ? path.join(r.dir, r.file) : path.join(r.data, r.dir, r.file);
  } finally {
    await client.end();
  }
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
if (largestResult.explain) {
  const text = largestResult.explain
    .map((e) => `### ${e.label} (${e.path})\n\n${e.plans.join("\n\n")}\n`)
    .join("\n");
  const explainFile = path.join(resultsDir, `scale-explain-${largest.name}.txt`);
  fs.writeFileSync(explainFile, text);
  log(`plans: ${path.relative(process.cwd(), explainFile)}`);
}
