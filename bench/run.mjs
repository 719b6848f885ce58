// `npm run bench`: reader-page throughput of a PRODUCTION server, each page compared with a static
// file served by the same server in the same run (the ratio travels between machines; raw req/s
// does not). See bench/README.md.
//   npm run bench -- [--duration 10] [--connections 32] [--warmup 2] [--rounds 3]
//                    [--fresh | --url http://host:port [--preview-secret S] | --cluster]
// --cluster: two instances behind Varnish vs one instance vs nginx (bench/cluster.mjs).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { measure, stopLoad } from "./lib/load.mjs";
import { findListeningPid, startSampler } from "./lib/memory.mjs";
import { isHealthy, launchServer, stopServer, waitUntilHealthy } from "./lib/server.mjs";
import { fixed, formatTable, mb, percent } from "./lib/table.mjs";
import { bypassConfirmed, draftCookie, findArticlePath, probe } from "./lib/targets.mjs";

// --scale: the archive-scale benchmark, a program of its own (bench/scale.mjs, bench/README.md).
if (process.argv.includes("--scale")) {
  await import("./scale.mjs");
  process.exit(process.exitCode ?? 0);
}

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.dirname(benchDir);
const resultsDir = path.join(benchDir, "results");
const BASELINE = "/bench/baseline.html";
const MEMORY_LIMIT = 400 * 1024 * 1024;

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "32" },
    warmup: { type: "string", default: "2" },
    rounds: { type: "string", default: "3" },
    url: { type: "string" },
    "preview-secret": { type: "string" },
    fresh: { type: "boolean", default: false },
    cluster: { type: "boolean", default: false },
    help: { type: "boolean", short: "h" },
  },
});
if (args.help) {
  console.log(
    fs
      .readFileSync(fileURLToPath(import.meta.url), "utf8")
      .split("\n")
      .slice(0, 5)
      .join("\n"),
  );
  process.exit(0);
}
const duration = Number(args.duration);
const connections = Number(args.connections);
const warmup = Number(args.warmup);
const rounds = Number(args.rounds);
if (
  !(duration > 0) ||
  !(connections > 0) ||
  !(warmup >= 0) ||
  !Number.isInteger(rounds) ||
  rounds < 1
) {
  console.error(
    "--duration and --connections must be positive numbers, --warmup zero or more, --rounds a whole number from 1",
  );
  process.exit(2);
}

if (args.cluster) {
  const { runCluster } = await import("./cluster.mjs");
  process.exit(await runCluster({ duration, connections, warmup, rounds }));
}

let server = null; // set when we started the server ourselves: then we must stop it
let sampler = null;

async function cleanUp() {
  stopLoad();
  sampler?.stop();
  sampler = null;
  await stopServer(server);
  server = null;
}

let interrupted = false;
process.on("SIGINT", async () => {
  if (interrupted) return;
  interrupted = true;
  console.error("\ninterrupted: stopping the server…");
  await cleanUp();
  process.exit(130);
});
// Last resort if we die some other way: never leave our server behind.
process.on("exit", () => {
  if (server)
    try {
      process.kill(server.pid, "SIGTERM");
    } catch {
      /* gone */
    }
});

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    totalMemory: os.totalmem(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
  };
}

async function main() {
  const info = machine();
  console.log(`Warta reader-page benchmark — ${info.date}`);
  console.log(
    `machine: ${info.cpus} × ${info.cpuModel}, ${mb(info.totalMemory)} RAM, Node ${info.node}, ${info.platform}`,
  );
  console.log(
    `load: ${connections} connections, ${warmup} s warm-up + ${duration} s per target, one target at a time, ${rounds} round(s)\n`,
  );

  if (!fs.existsSync(path.join(repoDir, "public", BASELINE))) {
    console.error(
      `public${BASELINE} is missing: run \`node bench/make-baseline.mjs\` (then rebuild).`,
    );
    return 1;
  }

  // --- the server -------------------------------------------------------------------------------
  let baseUrl;
  let previewSecret = args["preview-secret"];
  let rootPid;
  if (args.url) {
    baseUrl = new URL(args.url).origin;
    const reachable =
      (await isHealthy(baseUrl)) ||
      (await probe(new URL(BASELINE, baseUrl)).then(
        (p) => p.status === 200,
        () => false,
      ));
    if (!reachable) {
      console.error(
        `${baseUrl} cannot be reached (neither /api/health nor ${BASELINE} answered 200).`,
      );
      return 1;
    }
    const port = Number(new URL(baseUrl).port || 80);
    rootPid = ["localhost", "127.0.0.1", "[::1]"].includes(new URL(baseUrl).hostname)
      ? findListeningPid(port)
      : null;
    console.log(`server: ${baseUrl} (already running${rootPid ? `, pid ${rootPid}` : ""})`);
  } else {
    const logFile = path.join(resultsDir, "server.log");
    console.log(
      `server: starting \`node scripts/serve.mjs start\` (a first run migrates, seeds and builds: minutes); log: ${path.relative(repoDir, logFile)}`,
    );
    const started = Date.now();
    try {
      server = await launchServer({
        cwd: repoDir,
        logFile,
        fresh: args.fresh,
        onProgress: (line) => console.log(`  ${line}`),
      });
      await waitUntilHealthy(server);
    } catch (error) {
      console.error(`server start failed: ${error.message}`);
      if (/postmaster\.pid" already exists/.test(error.message))
        console.error(
          "another server uses the demo database (.data/pg): stop it, or run with --fresh",
        );
      return 1;
    }
    baseUrl = server.url;
    previewSecret = server.previewSecret;
    rootPid = server.pid;
    console.log(
      `server: healthy at ${baseUrl} after ${((Date.now() - started) / 1000).toFixed(0)} s (pid ${rootPid})`,
    );
  }
  sampler = rootPid ? startSampler(rootPid) : null;

  // --- what to measure --------------------------------------------------------------------------
  const notes = [];
  const article = await findArticlePath(baseUrl);
  if (article)
    console.log(`article: ${article.path} (first article linked from ${article.foundOn})`);
  else
    notes.push(
      "no article link found on /news or / (empty database?): the article targets are skipped",
    );

  const targets = [
    { key: "baseline", label: "static baseline", path: BASELINE },
    { key: "home", label: "home", path: "/" },
    article && { key: "article", label: "article (warm)", path: article.path },
    { key: "section", label: "section", path: "/news" },
    { key: "search", label: "search", path: "/cari?q=jakarta" },
  ].filter(Boolean);

  if (article && !previewSecret) {
    notes.push("no --preview-secret for an external server: the cache-bypassed article is skipped");
  } else if (article) {
    const draft = await draftCookie(baseUrl, previewSecret, article.path);
    const headers = draft.cookie ? { cookie: draft.cookie } : null;
    const seen = headers && (await probe(new URL(article.path, baseUrl), headers));
    if (!headers) notes.push(`cache bypass unavailable: ${draft.error}; that target is skipped`);
    else if (!bypassConfirmed(seen))
      notes.push(
        `draft mode did not bypass the cache (status ${seen.status}, cache-control "${seen.cacheControl}", x-nextjs-cache ${seen.nextCache}); that target is skipped`,
      );
    else {
      console.log(
        `cache bypass: draft cookie ${draft.cookie.split("=")[0]}; article answers cache-control "${seen.cacheControl}", x-nextjs-cache ${seen.nextCache ?? "(absent)"}`,
      );
      targets.push({
        key: "articleBypass",
        label: "article (cache bypassed)",
        path: article.path,
        headers,
      });
    }
  }
  for (const note of notes) console.log(`note: ${note}`);

  // --- the runs, strictly one after another -----------------------------------------------------
  // Every round measures every target once, the baseline first. A target's figure is its median
  // round, so one disturbed run (a neighbour on the machine, a GC storm) does not decide a ratio.
  for (let round = 1; round <= rounds; round++) {
    console.log(`\nround ${round} of ${rounds}`);
    for (const target of targets) {
      process.stdout.write(`measuring ${target.label.padEnd(26)} ${target.path} … `);
      sampler?.takeWindowPeak();
      const url = new URL(target.path, baseUrl).href;
      const run = await measure({ url, headers: target.headers, connections, duration, warmup });
      (target.runs ??= []).push(run);
      // Probed after the run: these are the headers readers get from a warm server.
      target.response = await probe(url, target.headers);
      target.peakRss = Math.max(target.peakRss ?? 0, sampler?.takeWindowPeak() ?? 0) || null;
      console.log(`${fixed(run.requestsPerSecond, 0)} req/s`);
    }
  }
  for (const target of targets) {
    const sorted = [...target.runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
    target.result = sorted[Math.floor((sorted.length - 1) / 2)];
    target.spread = [sorted[0].requestsPerSecond, sorted.at(-1).requestsPerSecond];
  }
  const memory = sampler ? sampler.stop() : null;
  sampler = null;
  await cleanUp();

  // --- report -----------------------------------------------------------------------------------
  const base = targets[0].result.requestsPerSecond;
  for (const target of targets) target.ratio = target.result.requestsPerSecond / base;
  const flag = (r) => (r.non2xx || r.errors ? " !" : "");
  console.log(
    `\n${formatTable(
      [
        "target",
        "req/s",
        "rounds' range",
        "p50 ms",
        "p99 ms",
        "non-2xx",
        "errors",
        "vs baseline",
        "server RSS",
      ],
      targets.map(({ label, result: r, spread, ratio, peakRss }) => [
        label,
        fixed(r.requestsPerSecond, 0),
        `${fixed(spread[0], 0)}–${fixed(spread[1], 0)}`,
        fixed(r.latencyP50, 0),
        fixed(r.latencyP99, 0),
        `${r.non2xx}${flag(r)}`,
        r.errors,
        percent(ratio),
        peakRss === null ? "–" : mb(peakRss),
      ]),
      ["l", "r", "r", "r", "r", "r", "r", "r", "r"],
    )}`,
  );
  console.log(
    `\n${formatTable(
      ["target", "status", "bytes", "x-nextjs-cache", "cache-control"],
      targets.map(({ label, response: h }) => [
        label,
        h.status,
        h.bytes,
        h.nextCache ?? "–",
        h.cacheControl ?? "–",
      ]),
      ["l", "r", "r", "l", "l"],
    )}`,
  );

  if (memory) {
    const split = memory.atPeak
      .sort((a, b) => b.rss - a.rss)
      .map((p) => `${p.name} ${mb(p.rss)}`)
      .join(", ");
    console.log(
      `\nserver memory (RSS, process tree without PostgreSQL, ${memory.samples} samples every ${memory.intervalMs} ms): max ${mb(memory.peakBytes)} — ${split}`,
    );
  }

  const byKey = Object.fromEntries(targets.map((t) => [t.key, t]));
  const ratioCheck = (key, label, min) => {
    const target = byKey[key];
    if (!target) return { name: label, status: "SKIP", detail: "not measured" };
    const failed = target.runs.some((run) => run.non2xx > 0 || run.errors > 0);
    const ok = target.ratio >= min && !failed;
    return {
      name: label,
      status: ok ? "PASS" : "MISS",
      detail: `${percent(target.ratio)} of baseline (target ≥ ${min * 100} %)${failed ? "; non-2xx or errors during the run" : ""}`,
    };
  };
  const checks = [
    ratioCheck("article", "article (warm) req/s", 0.5),
    ratioCheck("home", "home req/s", 0.5),
    ratioCheck("section", "section req/s", 0.5),
    ratioCheck("articleBypass", "article (cache bypassed) req/s", 0.05),
    memory
      ? {
          name: "server memory",
          status: memory.peakBytes < MEMORY_LIMIT ? "PASS" : "MISS",
          detail: `max ${mb(memory.peakBytes)} (target < ${mb(MEMORY_LIMIT)})`,
        }
      : { name: "server memory", status: "SKIP", detail: "server process not visible from here" },
  ];
  console.log("\ntargets:");
  for (const check of checks)
    console.log(`  ${check.status}  ${check.name.padEnd(32)} ${check.detail}`);
  const missed = checks.filter((c) => c.status === "MISS").length;
  console.log(missed ? `\n${missed} target(s) missed.` : "\nall measured targets met.");
  for (const target of targets.filter((t) => t.runs.some((run) => run.requests === 0))) {
    notes.push(
      `${target.label}: no request completed within ${duration} s (each took longer, or timed out after 10 s)`,
    );
  }
  for (const note of notes) console.log(`note: ${note}`);

  fs.mkdirSync(resultsDir, { recursive: true });
  const json = {
    machine: info,
    options: {
      connections,
      duration,
      warmup,
      rounds,
      server: args.url
        ? baseUrl
        : `started by the benchmark${args.fresh ? " (--fresh database)" : ""}`,
    },
    targets: targets.map(({ key, label, path: p, result, runs, response, ratio, peakRss }) => ({
      key,
      label,
      path: p,
      ratio,
      result,
      runs,
      response,
      peakRss,
    })),
    memory,
    checks,
    notes,
  };
  const jsonFile = path.join(resultsDir, "latest.json");
  fs.writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`results: ${path.relative(process.cwd(), jsonFile)}`);
  return 0;
}

main().then(
  async (code) => {
    await cleanUp();
    process.exit(code);
  },
  async (error) => {
    console.error(error);
    await cleanUp();
    process.exit(1);
  },
);
