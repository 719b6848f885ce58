// EXPLAIN (ANALYZE, BUFFERS) of every query a page runs, captured with PostgreSQL's auto_explain
// while the page is requested once: the plans of the queries Prisma really sends, not hand copies.
// Needs the server's log in a file (bench/scale-db.mjs turns on logging_collector).
import fs from "node:fs";
import pg from "pg";

const SETTINGS = {
  session_preload_libraries: "auto_explain",
  "auto_explain.log_min_duration": "0",
  "auto_explain.log_analyze": "on",
  "auto_explain.log_buffers": "on",
  "auto_explain.log_format": "text",
};

export async function withAutoExplain(databaseUrl, on) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query("SELECT current_database() AS name");
  for (const [key, value] of Object.entries(SETTINGS))
    await client.query(
      on
        ? `ALTER DATABASE "${rows[0].name}" SET ${key} = '${value}'`
        : `ALTER DATABASE "${rows[0].name}" RESET ${key}`,
    );
  await client.end();
}

const size = (file) => (fs.existsSync(file) ? fs.statSync(file).size : 0);

/** Requests each target twice (the second is logged) and returns its plans from the log. */
export async function explainTargets({ base, targets, cookieFor, logFile }) {
  const out = [];
  for (const target of targets) {
    const url = new URL(target.path, base);
    const get = () =>
      fetch(url, { headers: { cookie: cookieFor(target) }, redirect: "manual" }).then((r) =>
        r.arrayBuffer(),
      );
    await get();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const from = size(logFile);
    await get();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const fd = fs.openSync(logFile, "r");
    const buffer = Buffer.alloc(size(logFile) - from);
    fs.readSync(fd, buffer, 0, buffer.length, from);
    fs.closeSync(fd);
    const plans = buffer
      .toString("utf8")
      .split(/\n(?=\S)/)
      .filter((entry) => entry.includes("plan:"))
      .map((entry) => entry.replace(/^.*?LOG:\s+/, ""))
      .filter((entry) => !/Query Text: (SELECT 1|BEGIN|COMMIT|DEALLOCATE)/.test(entry));
    out.push({ key: target.key, label: target.label, path: target.path, plans });
  }
  return out;
}
