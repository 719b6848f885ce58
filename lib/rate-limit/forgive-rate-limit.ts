import "server-only";
import { db } from "@/lib/db";

/**
 * After a successful attempt: `reset` clears a key (the account's counter after a good log-in),
 * `refund` gives back the one attempt `hitRateLimit` counted (the IP's, which other accounts share).
 */
export async function forgiveRateLimit({
  reset = [],
  refund = [],
}: {
  reset?: string[];
  refund?: string[];
}): Promise<void> {
  if (reset.length) await db.$executeRaw`DELETE FROM "RateLimit" WHERE key = ANY(${reset}::text[])`;
  if (refund.length)
    await db.$executeRaw`UPDATE "RateLimit" SET count = GREATEST(count - 1, 0) WHERE key = ANY(${refund}::text[])`;
}
