import "server-only";
import { isReaderRead } from "@/lib/db-reader-scope";

const READS = new Set([
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "findUnique",
  "findUniqueOrThrow",
  "groupBy",
  "aggregate",
  "count",
]);

type Delegate = Record<string, (args: unknown) => Promise<unknown>>;
const store = globalThis as { wartaReplica?: object };

/**
 * Where a query runs when DATABASE_REPLICA_URL is set: the reads of reader loaders
 * (lib/db-reader-scope.ts) on the replica; writes, raw queries, transactions and every read outside
 * a reader loader on the primary (null), so a verb always sees its own writes.
 */
export function replicaQuery(
  replica: object,
  model: string,
  operation: string,
  args: unknown,
): Promise<unknown> | null {
  if (!isReaderRead() || !READS.has(operation)) return null;
  const delegate = Reflect.get(replica, model[0].toLowerCase() + model.slice(1)) as Delegate;
  return delegate[operation](args);
}

export function rememberReplica(replica: object): void {
  store.wartaReplica = replica;
}

/** The replica's client when DATABASE_REPLICA_URL is set (for /api/health), else null. */
export function replicaClient(): {
  $queryRaw(query: TemplateStringsArray): Promise<unknown>;
} | null {
  return (store.wartaReplica as ReturnType<typeof replicaClient>) ?? null;
}
