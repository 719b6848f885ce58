import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { cleanDeep } from "@/lib/text/clean-text";
import { rememberReplica, replicaQuery } from "@/lib/db-replica";

// One client per process (dev hot reload would otherwise leak pools). Pool size and timeouts are
// explicit: adapter-pg's defaults are 10 connections and no timeout at all. No session state is
// ever set on a connection, so DATABASE_URL may point at PgBouncer in transaction mode.
function createPlainClient(connectionString: string) {
  const adapter = new PrismaPg({
    connectionString,
    max: env.DATABASE_POOL_MAX,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // Password hashes never leave the data layer by accident: a query must ask for them by name.
  const client = new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
  // Every model query's arguments (data and filters, JSON documents included) are cleaned of what
  // PostgreSQL cannot store (lib/text/clean-text.ts), whichever verb or route they come from: one
  // U+0000 in a paste used to make every later save of the article fail with a 500.
  // A query extension changes no types, so the client keeps its own type: the extended client's
  // type would differ from Prisma.TransactionClient everywhere a helper takes part in a transaction.
  const cleaned = client.$extends({
    query: {
      $allModels: {
        $allOperations({ args, query }) {
          return query(cleanDeep(args));
        },
      },
    },
  });
  return cleaned as unknown as typeof client;
}

function createClient() {
  const primary = createPlainClient(env.DATABASE_URL);
  if (!env.DATABASE_REPLICA_URL) return primary;
  const replica = createPlainClient(env.DATABASE_REPLICA_URL);
  rememberReplica(replica);
  // Only where a query runs changes, never its shape: the extended client is the same type.
  const routed = primary.$extends({
    query: {
      $allModels: {
        $allOperations: ({ model, operation, args, query }) =>
          replicaQuery(replica, model, operation, args) ?? query(args),
      },
    },
  });
  return routed as unknown as typeof primary;
}

const globalForPrisma = globalThis as unknown as { wartaPrisma?: ReturnType<typeof createClient> };
export const db = globalForPrisma.wartaPrisma ?? createClient();
globalForPrisma.wartaPrisma = db;

export type Db = typeof db;

export { Prisma } from "@/lib/generated/prisma/client";
