import { afterAll, inject } from "vitest";

// Runs in every test worker before the test file is imported, so lib/env.ts (which reads
// process.env once, at import) sees the throw-away database of this run.
process.env.DATABASE_URL = inject("databaseUrl");

afterAll(async () => {
  // Only disconnect a client the file actually created (lib/db.ts caches it on globalThis).
  const cached = (globalThis as { wartaPrisma?: { $disconnect: () => Promise<void> } }).wartaPrisma;
  await cached?.$disconnect();
});
