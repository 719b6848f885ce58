// Runs `prisma generate` offline. Prisma 7's CLI tries to download a native schema engine that
// these machines cannot reach; generate does not need it, so point it at a stub that fails loudly
// if anything does try to use it (a stub that exits 0 would make `migrate deploy` lie).
import { execFileSync } from "node:child_process";
import path from "node:path";

const stub = path.resolve("scripts/no-schema-engine.sh");
execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
