import "server-only";
import { revalidateTag } from "next/cache";
import { httpCachePurger } from "@/lib/cache/purge/purger";
import { purgeReliably } from "@/lib/cache/purge/purge-reliably";
import { sharedCache } from "@/lib/cache/shared-cache";

/**
 * A render that began just before the change can store its old result just after the expiry; a
 * second pass a moment later removes that too (cheap: one more render per page).
 */
const SECOND_PASS_MS = 1500;

/**
 * The one door for "this content changed": every server action and route handler that changed
 * published content calls it with the verb's tags. Readers must see the change at once, so the tags
 * expire now rather than on the next visit: first in Next's cache (shared by every instance when it
 * lives in Redis), then in the HTTP cache in front, in that order so the front never refetches a
 * page an instance still holds. A Redis or purge failure is logged and retried, never thrown: the
 * editor's action has happened and must say so.
 */
export async function invalidateTags(tags: Iterable<string>): Promise<void> {
  const list = [...new Set(tags)];
  if (!list.length) return;
  await expireEverywhere(list);
  // Next's own, request-bound revalidation: the action's response renders with fresh data.
  for (const tag of list) revalidateTag(tag, { expire: 0 });
  setTimeout(() => void expireEverywhere(list), SECOND_PASS_MS).unref();
}

/**
 * The same door for code that runs outside any request (the scheduler), where Next's revalidateTag
 * cannot work: the cache handler's expiry and the purge are called directly.
 */
export async function invalidateTagsOutsideRequest(tags: Iterable<string>): Promise<boolean> {
  const list = [...new Set(tags)];
  if (!list.length) return true;
  // Before Next loaded its cache handler nothing was cached in this process; with Redis, other
  // instances may hold pages, so the caller keeps the tags and tries again.
  if (!sharedCache()) return false;
  await expireEverywhere(list);
  setTimeout(() => void expireEverywhere(list), SECOND_PASS_MS).unref();
  return true;
}

async function expireEverywhere(tags: string[]): Promise<void> {
  await sharedCache()?.expireTags(tags);
  await purgeReliably(httpCachePurger(), tags);
}
