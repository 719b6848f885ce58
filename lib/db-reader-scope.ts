import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

const scope = new AsyncLocalStorage<true>();

/**
 * Runs a reader loader (lib/cache/cached.ts) so that its reads may go to the replica
 * (DATABASE_REPLICA_URL): published content, where a replica's lag of a moment is harmless.
 * Everything else (verbs, their transactions, sessions) reads and writes on the primary.
 */
export function readForReaders<T>(load: () => Promise<T>): Promise<T> {
  return scope.run(true, load);
}

export function isReaderRead(): boolean {
  return scope.getStore() === true;
}
