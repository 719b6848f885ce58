// Page weight of the reader pages on a PRODUCTION server: per page the JavaScript and CSS a browser
// downloads (gzip), the number of scripts and of render-blocking stylesheets, and the HTML with the
// RSC payload inlined in it. A measurement run on demand, never part of `npm test`. bench/README.md.
//   node bench/page-weight.mjs [--fresh | --url http://host:port] [--dist .next]
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { serverToMeasure, stopServer } from "./lib/server.mjs";
import { findReaderPages } from "./lib/reader-pages.mjs";
import { formatTable } from "./lib/table.mjs";

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.dirname(benchDir);
const resultsDir = path.join(benchDir, "results");
/** The target: 100 KB (decimal) of gzipped JavaScript per reader page. */
const JS_TARGET_BYTES = 100_000;

const { values: args } = parseArgs({
  options: {
    url: { type: "string" },
    fresh: { type: "boolean", default: false },
    dist: { type: "string", default: ".next" },
  },
});

// Next's own compression uses zlib's default level; this is what goes over the wire.
const gzipBytes = (text) => zlib.gzipSync(Buffer.from(text)).length;
const kib = (bytes) => (bytes / 1024).toFixed(1);
const attr = (tag, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Scripts and stylesheets of one HTML document, as the browser meets them. */
function parseDocument(html) {
  const head = html.slice(0, html.indexOf("</head>") + 1 || html.length);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({
    src: attr(m[1], "src"),
    type: attr(m[1], "type"),
    noModule: /\bnomodule\b/i.test(m[1]),
    body: m[2],
  }));
  const stylesheets = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attr(tag, "rel") === "stylesheet")
    .map((tag) => ({
      href: attr(tag, "href"),
      // A stylesheet in <head> without a non-matching media query blocks the first paint.
      blocking: head.includes(tag) && !/^(print|not all)$/.test(attr(tag, "media") ?? "all"),
    }));
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  return { scripts, stylesheets, inlineStyles };
}

/** The runtime chunks Next loads on every page (React, the App Router), from the build's manifest. */
function frameworkFiles(distDir) {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8"));
    return new Set([...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])]);
  } catch {
    return null;
  }
}

const assetCache = new Map();
async function asset(baseUrl, href) {
  if (!assetCache.has(href))
    assetCache.set(
      href,
      fetch(new URL(href, baseUrl)).then(async (response) => {
        const text = await response.text();
        return { bytes: Buffer.byteLength(text), gzip: gzipBytes(text) };
      }),
    );
  return assetCache.get(href);
}

async function measurePage(baseUrl, page, framework) {
  const url = new URL(page.path, baseUrl);
  await (await fetch(url)).text(); // the first request renders and caches an ISR page
  const response = await fetch(url);
  const html = await response.text();
  const doc = parseDocument(html);
  const external = doc.scripts.filter((s) => s.src && s.type !== "application/ld+json");
  // Next's legacy polyfills carry `noModule`: browsers that run modules never download them.
  const loaded = external.filter((s) => !s.noModule);
  const js = await Promise.all(
    loaded.map(async (s) => ({ src: s.src, ...(await asset(baseUrl, s.src)) })),
  );
  const isFramework = (src) => framework?.has(src.replace(/^\/_next\//, "")) ?? false;
  const css = await Promise.all(
    doc.stylesheets.map(async (s) => ({ ...s, ...(await asset(baseUrl, s.href)) })),
  );
  const inlineJs = doc.scripts.filter((s) => !s.src && s.type !== "application/ld+json");
  const sum = (items, key = "gzip") => items.reduce((total, item) => total + item[key], 0);
  return {
    ...page,
    status: response.status,
    htmlGzip: gzipBytes(html),
    htmlBytes: Buffer.byteLength(html),
    inlineScriptGzip: gzipBytes(inlineJs.map((s) => s.body).join("")),
    scripts: js.length,
    jsGzip: sum(js),
    jsBytes: sum(js, "bytes"),
    frameworkJsGzip: framework ? sum(js.filter((s) => isFramework(s.src))) : null,
    stylesheets: css.length,
    blockingStylesheets: css.filter((s) => s.blocking).length,
    cssGzip: sum(css),
    inlineCssGzip: doc.inlineStyles.length ? gzipBytes(doc.inlineStyles.join("")) : 0,
    files: js.map((s) => ({ src: s.src, gzip: s.gzip, framework: isFramework(s.src) })),
  };
}

let server = null;
process.on("SIGINT", async () => {
  await stopServer(server);
  process.exit(130);
});

try {
  let baseUrl;
  ({ baseUrl, server } = await serverToMeasure({
    url: args.url,
    cwd: repoDir,
    logFile: path.join(resultsDir, "page-weight-server.log"),
    fresh: args.fresh,
  }));
  const framework = args.url ? null : frameworkFiles(path.resolve(repoDir, args.dist));
  const pages = await findReaderPages(baseUrl);
  const results = [];
  for (const page of pages) results.push(await measurePage(baseUrl, page, framework));

  const header = [
    "page",
    "path",
    "HTML gz",
    "inline JS gz",
    "scripts",
    "JS gz",
    "of it Next+React",
    "CSS files (blocking)",
    "CSS gz",
    "inline CSS gz",
  ];
  const rows = results.map((r) => [
    r.name,
    r.path.length > 40 ? `${r.path.slice(0, 39)}…` : r.path,
    kib(r.htmlGzip),
    kib(r.inlineScriptGzip),
    r.scripts,
    kib(r.jsGzip),
    r.frameworkJsGzip === null ? "–" : kib(r.frameworkJsGzip),
    `${r.stylesheets} (${r.blockingStylesheets})`,
    kib(r.cssGzip),
    kib(r.inlineCssGzip),
  ]);
  console.log(`\nReader page weight, KiB gzip (zlib default level), ${new Date().toISOString()}\n`);
  console.log(formatTable(header, rows, ["l", "l", "r", "r", "r", "r", "r", "r", "r", "r"]));
  console.log(
    "\n(inline JS: the RSC payload and bootstrap scripts inside the HTML, counted in HTML gz too)",
  );
  console.log(
    `\ntarget: JavaScript files ≤ 100 KB (${kib(JS_TARGET_BYTES)} KiB) gzip per reader page`,
  );
  for (const r of results)
    console.log(
      `  ${r.jsGzip <= JS_TARGET_BYTES ? "PASS" : "MISS"}  ${r.name}: ${kib(r.jsGzip)} KiB`,
    );
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(
    path.join(resultsDir, "page-weight.json"),
    JSON.stringify({ at: new Date().toISOString(), baseUrl, results }, null, 2),
  );
} finally {
  await stopServer(server);
}
