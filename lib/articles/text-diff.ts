// A word-level diff for people: what an editor changed in a writer's text, or what changed between
// two revisions. Pure and dependency-free so the writer's page, the desk and tests share it.
//
// Two passes keep it fast and readable: lines (paragraphs) are matched first, then only the
// paragraphs that differ are compared word by word. Both passes use Myers' O((N+M)·D) algorithm.

export type DiffPart = { type: "equal" | "insert" | "delete"; text: string };

type Op = { type: DiffPart["type"]; token: string };

/** Edits beyond this in one block are shown as "paragraph replaced" instead of word by word (bounds time and memory). */
const MAX_WORD_EDITS = 1500;

/** Words and the whitespace between them, as separate tokens: joining them gives the text back. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|\S+/g) ?? [];
}

function lines(text: string): string[] {
  return text.match(/[^\n]+\n*|\n+/g) ?? [];
}

/** Myers' shortest edit script between two token lists, or null when it needs more than `maxEdits`. */
function myers(a: string[], b: string[], maxEdits: number): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v[-d..d] after round d, for walking the path back.
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(max, maxEdits); d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
    }
    trace.push(v.slice(offset - d, offset + d + 1));
    if (v[offset + n - m] >= n && (n - m + d) % 2 === 0 && Math.abs(n - m) <= d) {
      found = d;
      break;
    }
  }
  if (found < 0) return null;

  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1];
    const at = (k: number) => prev[k + d - 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
      ops.push({ type: "equal", token: a[--x] });
      y--;
    }
    if (down) ops.push({ type: "insert", token: b[--y] });
    else ops.push({ type: "delete", token: a[--x] });
  }
  while (x > 0 && y > 0) {
    ops.push({ type: "equal", token: a[--x] });
    y--;
  }
  return ops.reverse();
}

function diffTokens(a: string[], b: string[], maxEdits: number): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  const middle = myers(middleA, middleB, maxEdits) ?? [
    ...middleA.map((token): Op => ({ type: "delete", token })),
    ...middleB.map((token): Op => ({ type: "insert", token })),
  ];
  return [
    ...a.slice(0, start).map((token): Op => ({ type: "equal", token })),
    ...middle,
    ...a.slice(endA).map((token): Op => ({ type: "equal", token })),
  ];
}

/** Joins ops into parts; inside a change, all deletions come before all insertions. */
function toParts(ops: Op[]): DiffPart[] {
  const parts: DiffPart[] = [];
  let deleted = "";
  let inserted = "";
  const flush = () => {
    if (deleted) parts.push({ type: "delete", text: deleted });
    if (inserted) parts.push({ type: "insert", text: inserted });
    deleted = inserted = "";
  };
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op.type === "delete") deleted += op.token;
    else if (op.type === "insert") inserted += op.token;
    else {
      // A lone space kept between two changed words would chop "<del>a b</del><ins>x y</ins>" into pieces.
      const changedBefore = deleted !== "" || inserted !== "";
      const next = ops[i + 1];
      if (changedBefore && /^\s+$/.test(op.token) && next && next.type !== "equal") {
        deleted += op.token;
        inserted += op.token;
        continue;
      }
      flush();
      const last = parts[parts.length - 1];
      if (last?.type === "equal") last.text += op.token;
      else parts.push({ type: "equal", text: op.token });
    }
  }
  flush();
  return parts;
}

/**
 * The changes from `before` to `after`, word by word. Joining the equal and deleted parts gives
 * `before` back; joining the equal and inserted parts gives `after`.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const ops: Op[] = [];
  const lineOps = diffTokens(lines(before), lines(after), Number.MAX_SAFE_INTEGER);
  let removed: string[] = [];
  let added: string[] = [];
  const flushBlock = () => {
    if (removed.length || added.length)
      ops.push(...diffTokens(tokenize(removed.join("")), tokenize(added.join("")), MAX_WORD_EDITS));
    removed = [];
    added = [];
  };
  for (const op of lineOps) {
    if (op.type === "delete") removed.push(op.token);
    else if (op.type === "insert") added.push(op.token);
    else {
      flushBlock();
      ops.push(...tokenize(op.token).map((token): Op => ({ type: "equal", token })));
    }
  }
  flushBlock();
  return toParts(ops);
}

export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((part) => part.type !== "equal");
}

/** Words added and removed, for a one-line summary ("12 kata ditambahkan, 3 dihapus"). */
export function countChangedWords(parts: DiffPart[]): { inserted: number; deleted: number } {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  return parts.reduce(
    (sum, part) => ({
      inserted: sum.inserted + (part.type === "insert" ? words(part.text) : 0),
      deleted: sum.deleted + (part.type === "delete" ? words(part.text) : 0),
    }),
    { inserted: 0, deleted: 0 },
  );
}
