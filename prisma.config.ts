import { defineConfig } from "prisma/config";

// The URL is only read by CLI commands that talk to a database; `generate` does not.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/warta",
  },
});
