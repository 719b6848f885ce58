// Types of scripts/embedded-db.mjs for the TypeScript files that use it (tests, global setup).
export type EmbeddedPostgres = {
  /** The app role's URL (a non-superuser that owns the database). */
  url: string;
  stop: () => Promise<void>;
  dir: string;
  port: number;
};

export function freePort(): Promise<number>;

export function startEmbeddedPostgres(options?: {
  dir?: string;
  port?: number;
  database?: string;
  quiet?: boolean;
  testing?: boolean;
}): Promise<EmbeddedPostgres>;
