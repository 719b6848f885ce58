// Plain-text table: numbers right-aligned so columns of req/s and latencies can be compared by eye.

/** rows: arrays of cells (strings or numbers); align: "l" or "r" per column. */
export function formatTable(header, rows, align) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((cell, i) => (align[i] === "r" ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join("\n");
}

export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
export const percent = (ratio) => (Number.isFinite(ratio) ? `${(ratio * 100).toFixed(1)} %` : "–");
