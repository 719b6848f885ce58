// Creates the demo accounts, or brings them back to their demo state when --force kept them.
import type { Prisma } from "../../lib/generated/prisma/client";
import { avatarPath, DEMO_USERS, EDITOR_EMAIL } from "./demo-users";
import { stableId } from "./ids";

const DAY = 86_400_000;
/** Verified writers got the badge some months after joining. */
const VERIFIED_AFTER_DAYS = 180;
/** The new writer (no joining date) signed up a few days before the seed ran. */
const NEW_ACCOUNT_AGE_DAYS = 3;

/** Returns email -> user id for every demo account. Needs one password hash for all of them. */
export async function writeDemoUsers(
  db: Prisma.TransactionClient,
  passwordHash: string,
  now: Date,
) {
  const ids = new Map<string, string>();
  // The editor comes before the writers in DEMO_USERS, so verifiedById can point at it.
  for (const user of DEMO_USERS) {
    const joined = user.joined
      ? new Date(`${user.joined}T09:00:00+07:00`)
      : new Date(now.getTime() - NEW_ACCOUNT_AGE_DAYS * DAY);
    const verified = user.tier === "VERIFIED";
    const fields = {
      emailVerifiedAt: joined,
      passwordHash,
      role: user.role,
      tier: user.tier,
      verifiedAt: verified ? new Date(joined.getTime() + VERIFIED_AFTER_DAYS * DAY) : null,
      verifiedById: verified ? (ids.get(EDITOR_EMAIL) ?? null) : null,
      displayName: user.displayName,
      username: user.username,
      bio: user.bio,
      avatarUrl: avatarPath(user.username),
      isDemo: true,
      suspendedAt: null,
    };
    const row = await db.user.upsert({
      where: { email: user.email },
      create: { id: stableId("user", user.email), email: user.email, createdAt: joined, ...fields },
      update: fields,
      select: { id: true },
    });
    ids.set(user.email, row.id);
  }
  return ids;
}
