// The scale benchmark's Markdown tables (pasted into bench/README.md): per page, both sizes side by
// side and the 1 M / 10 k ratio of p95 against the 1.5× target.
const ms = (v) => (Number.isFinite(v) ? String(Math.round(v)) : "–");
const mb = (b) => `${Math.round(b / 2 ** 20)} MB`;

export function scaleReport(results) {
  if (!results.length) return "";
  const [small, large] = [results[0], results.at(-1)];
  const byKey = (r) => new Map(r.rows.map((row) => [row.key, row]));
  const s = byKey(small);
  const l = byKey(large);
  const lines = [
    `| page | ${small.size} p50 / p95 / p99 ms | ${small.size} req/s | ${large.size} p50 / p95 / p99 ms | ${large.size} req/s | p95 ${large.size}/${small.size} | ≤ 1.5× |`,
    "| --- | ---: | ---: | ---: | ---: | ---: | :---: |",
  ];
  for (const [key, a] of s) {
    const b = l.get(key);
    const failed = (r) => r.status !== 200 || !r.requests;
    if (!a.skipped && b && !b.skipped && (failed(a) || failed(b))) {
      const cell = (r) =>
        r.status !== 200
          ? `HTTP ${r.status} | `
          : !r.requests
            ? "no response within the run | 0"
            : `${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)} | ${Math.round(r.requestsPerSecond)}`;
      lines.push(`| ${a.label} | ${cell(a)} | ${cell(b)} | | **missed** |`);
      continue;
    }
    if (a.skipped || !b || b.skipped) {
      lines.push(
        `| ${a.label} | ${a.status === 200 ? "" : `HTTP ${a.status}`} | | | | | skipped |`,
      );
      continue;
    }
    const ratio = b.p95 / a.p95;
    const cell = (r) =>
      `${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)}${r.non2xx ? ` (${r.non2xx} non-2xx)` : ""}`;
    lines.push(
      `| ${a.label} | ${cell(a)} | ${Math.round(a.requestsPerSecond)} | ${cell(b)} | ${Math.round(b.requestsPerSecond)} | ${ratio.toFixed(2)}× | ${ratio <= 1.5 ? "met" : "**missed**"} |`,
    );
    if (a.at8 && b.at8)
      lines.push(
        `| ${a.label}, 8 connections | ${cell(a.at8)} | ${Math.round(a.at8.requestsPerSecond)} | ${cell(b.at8)} | ${Math.round(b.at8.requestsPerSecond)} | ${(b.at8.p95 / a.at8.p95).toFixed(2)}× | p95 ${b.at8.p95 <= 300 ? "≤" : ">"} 300 ms |`,
      );
  }
  lines.push("");
  for (const r of results)
    lines.push(
      `- ${r.size}: ${r.articles} articles, database ${(r.bytes / 2 ** 30).toFixed(2)} GB, server RSS max ${mb(r.memory.peakBytes)}` +
        (r.crawl
          ? `; crawl of ${r.crawl.urls} distinct article URLs in ${Math.round(r.crawl.seconds)} s (${r.crawl.failed} failed): RSS max ${mb(r.crawl.memory.peakBytes)}, build folder ${mb(r.crawl.distDirBytes.before)} → ${mb(r.crawl.distDirBytes.after)}`
          : ""),
    );
  return lines.join("\n");
}
