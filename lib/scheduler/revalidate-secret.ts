import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";

// The scheduler runs outside any request, where Next's revalidateTag cannot work (it needs the
// request's work store), so it asks its own server over loopback (/api/internal/revalidate). The
// request carries a random secret that lives only in this process's memory: created when the
// scheduler starts, never written anywhere, gone at restart. globalThis, because instrumentation
// and the route handler are separate bundles in the same process.
export const REVALIDATE_SECRET_HEADER = "x-warta-revalidate";

const store = globalThis as { wartaRevalidateSecret?: string };

/** The process's secret, created on first use (by the scheduler). */
export function revalidateSecret(): string {
  store.wartaRevalidateSecret ??= randomBytes(32).toString("hex");
  return store.wartaRevalidateSecret;
}

/** True only for this process's secret; before the scheduler made one, nothing matches. */
export function isRevalidateSecret(candidate: string | null): boolean {
  const secret = store.wartaRevalidateSecret;
  if (!secret || !candidate) return false;
  const a = Buffer.from(secret);
  const b = Buffer.from(candidate);
  return a.length === b.length && timingSafeEqual(a, b);
}
