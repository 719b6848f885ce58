// Argon2id with OWASP's recommended minimum cost (19 MiB, 2 iterations). The one source of these
// options for the app (lib/auth/password.ts) and the scripts (scripts/create-user.ts), which run
// outside Next.js and so cannot import modules marked "server-only".
export const ARGON2_OPTIONS = {
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;
