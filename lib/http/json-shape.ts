/**
 * Depth and node count of a parsed JSON value, measured without recursion, so a body of a million
 * nested arrays cannot overflow the stack of whatever walks it next (validation, cleaning, Prisma).
 * Stops counting once either limit is passed.
 */
export function exceedsJsonShape(
  value: unknown,
  { maxDepth, maxNodes }: { maxDepth: number; maxNodes: number },
): "depth" | "nodes" | null {
  const stack: Array<[unknown, number]> = [[value, 1]];
  let nodes = 0;
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    nodes += 1;
    if (nodes > maxNodes) return "nodes";
    if (item === null || typeof item !== "object") continue;
    if (depth > maxDepth) return "depth";
    const children = Array.isArray(item) ? item : Object.values(item);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return null;
}
