import "server-only";
import { z } from "zod";

// Every environment variable the server reads, validated once. Read `env`, never `process.env`.
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(16).default("warta-insecure-development-secret"),
  /** Public origin used in canonical URLs and Open Graph tags. */
  SITE_URL: z.string().url().default("http://localhost:3000"),
  SMTP_URL: z.string().url().optional(),
  /** Where uploaded images are stored (local-disk storage). */
  MEDIA_DIR: z.string().min(1).default(".data/media"),
  /** Set by scripts/serve.mjs when it runs the embedded demo database (enables the demo outbox page). */
  WARTA_DEMO: z.enum(["0", "1"]).default("0"),
  /** Lets a trusted caller (the benchmark, a CDN purge hook) enter draft mode, which bypasses every cache. */
  PREVIEW_SECRET: z.string().min(16).optional(),
  /** Encrypts writers' payout account details (lib/points/account-crypto.ts). Set it in production. */
  PAYOUT_ACCOUNT_KEY: z.string().min(32).default("warta-insecure-development-payout-account-key"),
});

export const env = schema.parse(process.env);
export const isDemo = env.WARTA_DEMO === "1";
