import "server-only";
import { db } from "@/lib/db";

// Slugs of withdrawn (unpublished) articles, for proxy.ts to answer their URLs with 410 Gone. A
// cached page cannot choose its status code, so the proxy sets it in front of the page, which still
// renders the withdrawal notice. Kept in memory and reread at most every REFRESH_MS: a withdrawal
// shows its notice at once (tag revalidation) and its 410 status within that time.

export const REFRESH_MS = 30_000;

type Snapshot = { slugs: Set<string>; loadedAt: number };
const state = globalThis as unknown as {
  wartaWithdrawn?: Snapshot;
  wartaWithdrawnLoad?: Promise<Snapshot>;
};

async function load(): Promise<Snapshot> {
  const rows = await db.article.findMany({
    where: { status: "UNPUBLISHED" },
    select: { slug: true },
  });
  return { slugs: new Set(rows.map((row) => row.slug)), loadedAt: Date.now() };
}

/** Whether `slug` belongs to a withdrawn article (at most REFRESH_MS out of date). */
export async function isWithdrawnSlug(slug: string): Promise<boolean> {
  const current = state.wartaWithdrawn;
  if (!current || Date.now() - current.loadedAt > REFRESH_MS) {
    // One reload at a time; concurrent requests share it.
    state.wartaWithdrawnLoad ??= load().finally(() => {
      state.wartaWithdrawnLoad = undefined;
    });
    try {
      state.wartaWithdrawn = await state.wartaWithdrawnLoad;
    } catch {
      // The database is unreachable: keep serving pages (200) rather than fail every article.
      return current?.slugs.has(slug) ?? false;
    }
  }
  return state.wartaWithdrawn!.slugs.has(slug);
}
