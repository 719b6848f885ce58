// After `kill -9` (or an OOM kill) of the Node process that started it, the embedded PostgreSQL keeps
// running with nobody to stop it, and every later start failed with "in use by another PostgreSQL".
// Before starting, we look at the data directory's postmaster.pid: a live server of *this* data
// directory whose parent is no longer a Node process is an orphan of an earlier run, and is stopped
// cleanly (SIGINT, PostgreSQL's "fast" shutdown: no data lost). A server that still has its Node
// parent belongs to a running Warta (or test run) and is left alone.
import fs from "node:fs";
import path from "node:path";

/** Whether process `pid` exists (EPERM: it does, owned by someone else). */
export const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
};

const readProc = (pid, file) => {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return null;
  }
};

/** The parent pid from /proc/<pid>/stat (the field after the parenthesised command name). */
const parentOf = (pid) => {
  const stat = readProc(pid, "stat");
  const fields = stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields ? Number(fields[1]) : NaN;
};

/** "none", "running" (a live server with its Node parent) or "orphan" (stopped by stopOrphan). */
export function postmasterState(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let pid;
  try {
    pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  } catch {
    return { state: "none" };
  }
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return { state: "none" };
  const cmdline = readProc(pid, "cmdline");
  // Not Linux (no /proc): PostgreSQL's own check answers, with the "in use" message.
  if (cmdline === null) return { state: "running", pid };
  const args = cmdline.split("\0");
  // A recycled pid that is not this data directory's server: PostgreSQL sorts that out itself.
  if (!/postgres$/.test(args[0] ?? "") || !args.includes(dataDir)) return { state: "none" };
  const parent = parentOf(pid);
  const parentCommand = (parent > 1 && readProc(parent, "cmdline")) || "";
  const hasNodeParent = /(^|\/)node(\0|$)/.test(parentCommand.split("\0")[0] + "\0");
  return { state: hasNodeParent ? "running" : "orphan", pid };
}

/** Stops an orphaned server of `dataDir`; throws when a live Warta owns it. */
export async function stopOrphanedPostgres(dataDir, log = () => {}) {
  const found = postmasterState(dataDir);
  if (found.state === "none") return false;
  if (found.state === "running")
    throw new Error(
      `The database in ${dataDir} is in use by another PostgreSQL (pid ${found.pid}) started by a running process: is Warta already running? Stop it first.`,
    );
  log(`stopping the PostgreSQL (pid ${found.pid}) left running by an earlier start`);
  process.kill(found.pid, "SIGINT");
  const deadline = Date.now() + 30_000;
  while (alive(found.pid)) {
    if (Date.now() > deadline) {
      // Immediate shutdown: the next start replays the write-ahead log, nothing committed is lost.
      process.kill(found.pid, "SIGQUIT");
      if (Date.now() > deadline + 10_000)
        throw new Error(`PostgreSQL (pid ${found.pid}) does not stop`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
