import "server-only";
import { revalidateTag } from "next/cache";

/**
 * The one door for "this content changed": every server action and route handler that changed
 * published content calls it with the verb's tags. Readers must see the change at once, so the
 * tags expire now rather than on the next visit.
 */
export async function invalidateTags(tags: Iterable<string>): Promise<void> {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
