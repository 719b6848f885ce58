// Lighthouse (mobile, its default simulated throttling) on the reader pages of a PRODUCTION server:
// home, an article, a section, a topic and a writer; the median of --runs runs per page. A
// measurement run on demand, never part of `npm test`. See bench/README.md.
//   node bench/lighthouse.mjs [--runs 3] [--fresh | --url http://host:port]
// Chromium: CHROME_PATH, else /usr/bin/chromium (Debian's `chromium` package).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { serverToMeasure, stopServer } from "./lib/server.mjs";
import { findReaderPages } from "./lib/reader-pages.mjs";
import { formatTable } from "./lib/table.mjs";

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.dirname(benchDir);
const resultsDir = path.join(benchDir, "results");
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const TARGETS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
const METRICS = {
  FCP: "first-contentful-paint",
  LCP: "largest-contentful-paint",
  TBT: "total-blocking-time",
  CLS: "cumulative-layout-shift",
  SI: "speed-index",
};

const { values: args } = parseArgs({
  options: {
    url: { type: "string" },
    fresh: { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error("--runs must be a whole number from 1");
  process.exit(2);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/** One Lighthouse run: category scores (0–100), metric values, and the audits that lost points. */
async function runOnce(url, port, name) {
  const { lhr } = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: CATEGORIES,
  });
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  );
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? NaN]),
  );
  const lost = CATEGORIES.flatMap((c) =>
    lhr.categories[c].auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ({
        id: `${c}: ${ref.id}`,
        value: lhr.audits[ref.id].displayValue || String(lhr.audits[ref.id].score),
      })),
  );
  // The whole report, for looking into a bad run (bench/results is not committed).
  fs.mkdirSync(path.join(resultsDir, "lighthouse"), { recursive: true });
  fs.writeFileSync(path.join(resultsDir, "lighthouse", `${name}.json`), JSON.stringify(lhr));
  return {
    scores,
    metrics,
    lost,
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    errors: lhr.runtimeError,
  };
}

let server = null;
let chrome = null;
async function cleanUp() {
  await chrome?.kill();
  chrome = null;
  await stopServer(server);
  server = null;
}
process.on("SIGINT", async () => {
  await cleanUp();
  process.exit(130);
});

try {
  let baseUrl;
  ({ baseUrl, server } = await serverToMeasure({
    url: args.url,
    cwd: repoDir,
    logFile: path.join(resultsDir, "lighthouse-server.log"),
    fresh: args.fresh,
  }));
  const pages = await findReaderPages(baseUrl);
  // Render and cache every page first: Lighthouse should see the cached page a reader gets.
  for (const page of pages) await (await fetch(new URL(page.path, baseUrl))).text();

  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox"],
  });
  const results = [];
  for (const page of pages) {
    const url = new URL(page.path, baseUrl).toString();
    const all = [];
    for (let i = 0; i < runs; i++) {
      all.push(await runOnce(url, chrome.port, `${page.name}-${i + 1}`));
      console.log(`${page.name} run ${i + 1}/${runs}: ${JSON.stringify(all.at(-1).scores)}`);
    }
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, median(all.map((r) => r.scores[c]))]),
    );
    const metrics = Object.fromEntries(
      Object.keys(METRICS).map((m) => [m, median(all.map((r) => r.metrics[m]))]),
    );
    const range = `${Math.min(...all.map((r) => r.scores.performance))}–${Math.max(...all.map((r) => r.scores.performance))}`;
    // Audit → its value in each run that lost points on it, e.g. "total-blocking-time: 810 ms, 90 ms".
    const lost = {};
    for (const run of all) for (const a of run.lost) (lost[a.id] ??= []).push(a.value);
    results.push({ ...page, scores, metrics, range, lost, runs: all });
  }

  const ms = (value) => (Number.isFinite(value) ? `${Math.round(value)}` : "–");
  const header = [
    "page",
    "perf",
    "perf range",
    "a11y",
    "best pr.",
    "SEO",
    "FCP ms",
    "LCP ms",
    "TBT ms",
    "CLS",
    "SI ms",
  ];
  const rows = results.map((r) => [
    r.name,
    r.scores.performance,
    r.range,
    r.scores.accessibility,
    r.scores["best-practices"],
    r.scores.seo,
    ms(r.metrics.FCP),
    ms(r.metrics.LCP),
    ms(r.metrics.TBT),
    r.metrics.CLS.toFixed(3),
    ms(r.metrics.SI),
  ]);
  const benchmark = median(results.flatMap((r) => r.runs.map((x) => x.benchmarkIndex ?? NaN)));
  console.log(
    `\nLighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, mobile (simulated throttling), median of ${runs} runs, ${new Date().toISOString()}`,
  );
  console.log(
    `Chromium benchmarkIndex (median): ${Math.round(benchmark)}; lower means a busier or slower machine\n`,
  );
  console.log(formatTable(header, rows, ["l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"]));
  console.log(
    `\ntargets: performance ≥ ${TARGETS.performance}, accessibility, best practices and SEO 100`,
  );
  for (const r of results) {
    const missed = CATEGORIES.filter((c) => r.scores[c] < TARGETS[c]);
    console.log(
      `  ${missed.length ? "MISS" : "PASS"}  ${r.name}${missed.length ? `: ${missed.join(", ")}` : ""}`,
    );
    for (const [audit, values] of Object.entries(r.lost))
      console.log(`        ${audit}: ${values.join(", ")} (${values.length} of ${runs} runs)`);
  }
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(
    path.join(resultsDir, "lighthouse.json"),
    JSON.stringify(
      { at: new Date().toISOString(), baseUrl, benchmarkIndex: benchmark, results },
      null,
      2,
    ),
  );
} finally {
  await cleanUp();
}
