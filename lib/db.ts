import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per process (dev hot reload would otherwise leak pools). Pool size and timeouts are
// explicit: adapter-pg's defaults are 10 connections and no timeout at all.
function createClient() {
  const adapter = new PrismaPg({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_MAX,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // Password hashes never leave the data layer by accident: a query must ask for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

const globalForPrisma = globalThis as unknown as { wartaPrisma?: ReturnType<typeof createClient> };
export const db = globalForPrisma.wartaPrisma ?? createClient();
globalForPrisma.wartaPrisma = db;

export type Db = typeof db;
export { Prisma } from "@/lib/generated/prisma/client";
