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

  // Running at scale (README "Running at scale"): all optional; without them Warta is one process.
  /** A read-only PostgreSQL replica for reader loaders; writes and verb transactions use DATABASE_URL. */
  DATABASE_REPLICA_URL: z.string().url().optional(),
  /** Valkey/Redis shared by every instance for Next's page and data cache (read by lib/cache/next-cache-handler.mjs). */
  REDIS_URL: z.string().url().optional(),
  /** Varnish servers to send tag purges to, comma-separated (e.g. http://varnish:80). */
  VARNISH_PURGE_URLS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().url())),
  /** Names this instance in /api/health and the scheduler lease (default: host name and pid). */
  WARTA_INSTANCE_ID: z.string().min(1).max(100).optional(),
  /** Where uploaded images are stored: `local` (MEDIA_DIR) or `s3` (the S3_* settings). */
  MEDIA_STORAGE: z.enum(["local", "s3"]).default("local"),
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style bucket URLs (MinIO, s3rver, most self-hosted stores): `1`. */
  S3_FORCE_PATH_STYLE: z.enum(["0", "1"]).default("0"),
});

export const env = schema.parse(process.env);
export const isDemo = env.WARTA_DEMO === "1";
