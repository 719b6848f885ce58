// `npm run bench -- --cluster`: reader pages through Varnish, the same pages from one Node instance
// directly, each beside nginx serving the same bytes from disk (the physical limit of this machine),
// publish -> fresh through the front, and the memory of every process. See bench/README.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startCluster } from "../scripts/cluster.mjs";
import { freePort, waitForPort } from "../scripts/cluster-parts.mjs";
import { measure } from "./lib/load.mjs";
import { sampleTree } from "./lib/memory.mjs";
import { fixed, formatTable, mb, percent } from "./lib/table.mjs";

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const resultsDir = path.join(benchDir, "results");

/** nginx in the foreground with bench/nginx.conf, serving `root` on `port`. */
async function startNginx(root, port) {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "warta-nginx-"));
  fs.chmodSync(prefix, 0o755);
  fs.mkdirSync(path.join(prefix, "logs"));
  fs.mkdirSync(path.join(prefix, "tmp"));
  const conf = fs
    .readFileSync(path.join(benchDir, "nginx.conf"), "utf8")
    .replaceAll("__PORT__", String(port))
    .replaceAll("__ROOT__", root)
    .replaceAll("__PREFIX__", prefix);
  fs.writeFileSync(path.join(prefix, "nginx.conf"), conf);
  const child = spawn("nginx", ["-p", prefix, "-c", path.join(prefix, "nginx.conf")], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForPort(port, 10_000, child);
  return {
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", resolve);
        child.kill("SIGQUIT");
      }).then(() => fs.rmSync(prefix, { recursive: true, force: true })),
  };
}

const rss = (pid) => (pid ? sampleTree(pid).total : 0);

/** Milliseconds from the article's publication (seen in the database) to its title through the front. */
async function publishToFresh(cluster) {
  const client = new pg.Client({ connectionString: cluster.databaseUrl });
  await client.connect();
  try {
    const title = `Uji Kesegaran Halaman ${Date.now().toString(36)}`;
    const {
      rows: [row],
    } = await client.query(
      `SELECT a.id, e.id AS editor FROM "Article" a, "User" e WHERE a.status = 'PUBLISHED' AND e.email = 'editor@warta.test' ORDER BY a."publishedAt" DESC LIMIT 1`,
    );
    // A copy of a published article, scheduled for now: the scheduler publishes it through the
    // desk's own verb and expires its tags the way every server action does.
    const id = `bench${Date.now().toString(36)}`;
    await client.query(
      `INSERT INTO "Article" (id, title, slug, subtitle, "datelineCity", body, "bodyHtml", "bodyText", "wordCount", "sectionId", "writerId", status, "submittedAt", version, "lastEditedById", "updatedAt", "editorId", "claimedById", "scheduledFor")
       SELECT $1, $2, $1, subtitle, "datelineCity", body, '', "bodyText", "wordCount", "sectionId", "writerId", 'SCHEDULED', now(), 1, "writerId", now(), $3, $3, now() + interval '1 second'
       FROM "Article" WHERE id = $4`,
      [id, title, row.editor, row.id],
    );
    for (;;) {
      const { rows } = await client.query(`SELECT status FROM "Article" WHERE id = $1`, [id]);
      if (rows[0].status === "PUBLISHED") break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const published = performance.now();
    for (;;) {
      const body = await (await fetch(`${cluster.frontUrl}/`)).text();
      if (body.includes(title)) return performance.now() - published;
      if (performance.now() - published > 30_000) return Infinity;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    await client.end();
  }
}

export async function runCluster({ duration, connections, warmup, rounds }) {
  console.log(`Warta cluster benchmark — ${new Date().toISOString()}`);
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(
        " ",
      )}; ${connections} connections, ${warmup} s warm-up + ${duration} s, ${rounds} round(s)`,
  );
  const logFile = path.join(resultsDir, "cluster.log");
  fs.mkdirSync(resultsDir, { recursive: true });
  const out = fs.createWriteStream(logFile);
  console.log(`starting the cluster (2 instances, fresh database; log: ${logFile})…`);
  const cluster = await startCluster({
    instances: 2,
    fresh: true,
    schedulerIntervalMs: 1000,
    log: (line) => out.write(`${line}\n`),
  });
  let nginx = null;
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), "warta-static-"));
  try {
    const [one] = cluster.instances;
    const home = await (await fetch(`${cluster.frontUrl}/`)).text();
    const article = home.match(/href="(\/[a-z-]+\/[a-z0-9-]+)"/)?.[1];
    const section = `/${article.split("/")[1]}`;
    // The same bytes the front serves for the article, as a file on disk.
    fs.chmodSync(staticDir, 0o755);
    const html = await (await fetch(`${cluster.frontUrl}${article}`)).text();
    fs.writeFileSync(path.join(staticDir, "article.html"), html);
    fs.chmodSync(path.join(staticDir, "article.html"), 0o644);
    fs.writeFileSync(path.join(staticDir, "article.html.gz"), zlib.gzipSync(html));
    fs.chmodSync(path.join(staticDir, "article.html.gz"), 0o644);
    const nginxPort = await freePort();
    nginx = await startNginx(staticDir, nginxPort);
    console.log(`article: ${article} (${html.length} bytes); section: ${section}`);

    const targets = [
      {
        key: "nginx",
        label: "nginx static file",
        url: `http://127.0.0.1:${nginxPort}/article.html`,
      },
      { key: "varnishArticle", label: "Varnish: article", url: `${cluster.frontUrl}${article}` },
      { key: "varnishHome", label: "Varnish: home", url: `${cluster.frontUrl}/` },
      { key: "varnishSection", label: "Varnish: section", url: `${cluster.frontUrl}${section}` },
      { key: "nodeArticle", label: "one instance: article", url: `${one.url}${article}` },
      { key: "nodeHome", label: "one instance: home", url: `${one.url}/` },
      { key: "nodeSection", label: "one instance: section", url: `${one.url}${section}` },
    ];
    const roots = {
      varnish: cluster.varnish.pid,
      "app-1": cluster.instances[0].pid,
      "app-2": cluster.instances[1].pid,
      redis: cluster.redis.pid,
      nginx: nginx.pid,
    };
    const peak = Object.fromEntries(Object.keys(roots).map((name) => [name, 0]));
    const sampler = setInterval(() => {
      for (const [name, pid] of Object.entries(roots)) peak[name] = Math.max(peak[name], rss(pid));
    }, 500);
    for (let round = 1; round <= rounds; round++) {
      console.log(`\nround ${round} of ${rounds}`);
      for (const target of targets) {
        process.stdout.write(`measuring ${target.label.padEnd(24)} … `);
        // As browsers ask: Varnish keeps Next's gzip and would otherwise gunzip every response.
        const headers = { "accept-encoding": "gzip, deflate, br" };
        const run = await measure({ url: target.url, headers, connections, duration, warmup });
        (target.runs ??= []).push(run);
        console.log(`${fixed(run.requestsPerSecond, 0)} req/s`);
      }
    }
    clearInterval(sampler);
    for (const target of targets) {
      const sorted = [...target.runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
      target.result = sorted[Math.floor((sorted.length - 1) / 2)];
    }
    const base = targets[0].result.requestsPerSecond;
    console.log(
      `\n${formatTable(
        ["target", "req/s", "p50 ms", "p99 ms", "non-2xx", "errors", "vs nginx"],
        targets.map(({ label, result: r }) => [
          label,
          fixed(r.requestsPerSecond, 0),
          fixed(r.latencyP50, 0),
          fixed(r.latencyP99, 0),
          r.non2xx,
          r.errors,
          percent(r.requestsPerSecond / base),
        ]),
        ["l", "r", "r", "r", "r", "r", "r"],
      )}`,
    );
    const freshness = [];
    for (let i = 0; i < 3; i++) freshness.push(await publishToFresh(cluster));
    console.log(
      `\npublish -> fresh home page through Varnish: ${freshness.map((ms) => `${fixed(ms, 0)} ms`).join(", ")}`,
    );
    console.log(
      `memory (peak RSS while measuring): ${Object.entries(peak)
        .map(([name, bytes]) => `${name} ${mb(bytes)}`)
        .join(", ")}`,
    );
    const ratio = (key) => targets.find((t) => t.key === key).result.requestsPerSecond / base;
    const checks = [
      ...["varnishArticle", "varnishHome", "varnishSection"].map((key) => [key, ratio(key), 0.5]),
      ...["nodeArticle", "nodeHome", "nodeSection"].map((key) => [key, ratio(key), 0.05]),
    ].map(([key, value, min]) => ({
      name: `${targets.find((t) => t.key === key).label} ≥ ${min * 100} % of nginx`,
      status: value >= min ? "PASS" : "MISS",
      detail: percent(value),
    }));
    const worst = Math.max(...freshness);
    checks.push({
      name: "publish -> fresh through the front ≤ 1 s",
      status: worst <= 1000 ? "PASS" : "MISS",
      detail: `worst ${fixed(worst, 0)} ms`,
    });
    console.log("\ntargets:");
    for (const check of checks)
      console.log(`  ${check.status}  ${check.name.padEnd(44)} ${check.detail}`);
    fs.writeFileSync(
      path.join(resultsDir, "cluster-latest.json"),
      `${JSON.stringify({ date: new Date().toISOString(), loadavg: os.loadavg(), targets, freshness, peak, checks }, null, 2)}\n`,
    );
    return checks.some((c) => c.status === "MISS") ? 1 : 0;
  } finally {
    await nginx?.stop();
    await cluster.stop();
    out.end();
    fs.rmSync(staticDir, { recursive: true, force: true });
  }
}
