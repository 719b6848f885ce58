import "server-only";
import type { Prisma } from "@/lib/db";

type Tx = Prisma.TransactionClient;
type Fields = { name: string; slug: string; description: string };

/** The fields whose value changes, and the audit entry's before/after for exactly those. */
export function fieldChanges(current: Fields, next: Fields) {
  const changed = (Object.keys(next) as (keyof Fields)[]).filter(
    (key) => next[key] !== current[key],
  );
  return {
    changed,
    before: Object.fromEntries(changed.map((key) => [key, current[key]])),
    after: Object.fromEntries(changed.map((key) => [key, next[key]])),
  };
}

/**
 * After a slug change the old slug answers with a redirect to the entity. Going back to a slug it
 * had before removes that slug's redirect: the live entity answers it, and the redirect would loop.
 */
export async function redirectOldSlug(
  tx: Tx,
  kind: "SECTION" | "TOPIC",
  oldSlug: string,
  newSlug: string,
  targetId: string,
) {
  await tx.slugRedirect.upsert({
    where: { kind_oldSlug: { kind, oldSlug } },
    create: { kind, oldSlug, targetId },
    update: { targetId, createdAt: new Date() },
  });
  await tx.slugRedirect.deleteMany({ where: { kind, oldSlug: newSlug } });
}
