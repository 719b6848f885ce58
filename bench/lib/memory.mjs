// Resident memory of the server's process tree, read from /proc (Linux only). PostgreSQL is left
// out: the target is about what the Node side costs, and the database would run elsewhere in production.
import fs from "node:fs";

const read = (file) => {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null; // the process ended between listing and reading: normal for short-lived children
  }
};

/** Every process as { pid, ppid, comm }, from /proc/<pid>/stat. */
function listProcesses() {
  const processes = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    if (!stat) continue;
    // comm sits in parentheses and may itself contain spaces or ")", hence lastIndexOf.
    const close = stat.lastIndexOf(")");
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const ppid = Number(stat.slice(close + 2).split(" ")[1]);
    processes.push({ pid: Number(entry), ppid, comm });
  }
  return processes;
}

function isPostgres({ pid, comm }) {
  if (comm === "postgres") return true;
  const cmdline = read(`/proc/${pid}/cmdline`) ?? "";
  return /(^|\/)postgres(\0|$| )/.test(cmdline.split("\0")[0] ?? "");
}

/** A readable name: comm is cut at 15 characters ("next-server (v1"), the command line is not. */
function displayName({ pid, comm }) {
  const argv = (read(`/proc/${pid}/cmdline`) ?? "").split("\0").filter(Boolean);
  if (!argv.length) return comm;
  const script = argv.slice(1).find((arg) => !arg.startsWith("-")); // past node's own flags
  if (/(^|\/)node$/.test(argv[0]) && script) return `node ${script.split("/").pop()}`;
  return argv.join(" ").slice(0, 40);
}

function rssKb(pid) {
  const match = /VmRSS:\s+(\d+)\s+kB/.exec(read(`/proc/${pid}/status`) ?? "");
  return match ? Number(match[1]) : 0;
}

/** The root and its descendants, without PostgreSQL (nor anything it started) unless asked. */
export function processTree(rootPid, { includePostgres = false } = {}) {
  const all = listProcesses();
  const children = new Map();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const root = all.find((p) => p.pid === rootPid);
  if (!root) return [];
  const tree = [];
  const stack = [root];
  while (stack.length) {
    const p = stack.pop();
    p.postgres = isPostgres(p);
    if (p.postgres && !includePostgres) continue;
    tree.push(p);
    stack.push(...(children.get(p.pid) ?? []));
  }
  return tree;
}

/** One reading: total RSS in bytes and the per-process split (which process is the big one?). */
export function sampleTree(rootPid) {
  const processes = processTree(rootPid).map((p) => ({
    ...p,
    name: displayName(p),
    rss: rssKb(p.pid) * 1024,
  }));
  return { total: processes.reduce((sum, p) => sum + p.rss, 0), processes };
}

/** Samples every `intervalMs` until stop(); keeps the peak and the split at that moment. */
export function startSampler(rootPid, intervalMs = 500) {
  let peak = { total: 0, processes: [] };
  let windowPeak = 0;
  let samples = 0;
  const take = () => {
    const sample = sampleTree(rootPid);
    samples++;
    if (sample.total > peak.total) peak = sample;
    windowPeak = Math.max(windowPeak, sample.total);
  };
  take();
  const timer = setInterval(take, intervalMs);
  timer.unref();
  return {
    /** The peak since the previous call: which target made the server grow. */
    takeWindowPeak() {
      take();
      const value = windowPeak;
      windowPeak = 0;
      return value;
    },
    stop() {
      clearInterval(timer);
      take();
      return {
        peakBytes: peak.total,
        samples,
        intervalMs,
        atPeak: peak.processes.map(({ pid, name, rss }) => ({ pid, name, rss })),
      };
    },
  };
}

/**
 * For --url: the process listening on `port`, found through the socket inode in /proc/net/tcp*
 * and the fd links of every process we may read. Null when it is not ours to see (another user,
 * another container): memory is then reported as not measured rather than guessed.
 */
export function findListeningPid(port) {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of (read(table) ?? "").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      // fields[1] = local address:port, fields[3] = state (0A = LISTEN), fields[9] = inode
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === "0A") inodes.add(fields[9]);
    }
  }
  if (!inodes.size) return null;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let fds;
    try {
      fds = fs.readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let link;
      try {
        link = fs.readlinkSync(`/proc/${entry}/fd/${fd}`);
      } catch {
        continue;
      }
      const match = /^socket:\[(\d+)\]$/.exec(link);
      if (match && inodes.has(match[1])) return Number(entry);
    }
  }
  return null;
}
