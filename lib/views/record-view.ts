import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { jakartaDay } from "@/lib/format/dates";
import { isBotUserAgent } from "@/lib/views/bots";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { throttleKey } from "@/lib/rate-limit/policy";

export { BOT_USER_AGENT, isBotUserAgent } from "@/lib/views/bots";

// Cookie-less view counting: one view per visitor per article per Jakarta day, and at most
// VIEWS_PER_ADDRESS_PER_ARTICLE_PER_DAY per address. The visitor is a salted hash of (IP, user
// agent, article); the salt is random per day and deleted after two days, so a stored hash can no
// longer be linked to an IP. The raw IP is never stored.

/**
 * One address counts at most this many views of one article per day, whatever user agents it
 * sends: a user agent is the client's to choose (50 requests with 50 user agents used to add 50
 * views), while an address is decided by the server's edge. Several people behind one address
 * (an office, a mobile carrier's NAT) still count, up to this cap.
 */
export const VIEWS_PER_ADDRESS_PER_ARTICLE_PER_DAY = 10;
/** Beacons per address per 15 minutes past which nothing is counted (the answer stays 202). */
export const BEACONS_PER_ADDRESS = 600;

/** Salts of days before `today - SALT_KEEP_DAYS` are deleted. */
const SALT_KEEP_DAYS = 2;
const DAY_MS = 86_400_000;

const isoDay = (day: Date) => day.toISOString().slice(0, 10);

/** The salt of a Jakarta day, created on first use; safe when many requests race to create it. */
export async function daySalt(day: Date): Promise<string> {
  const dayParam = isoDay(day);
  const existing = await db.$queryRaw<
    { salt: string }[]
  >`SELECT salt FROM "ViewSalt" WHERE day = ${dayParam}::date`;
  if (existing[0]) return existing[0].salt;

  const created = await db.$executeRaw`
    INSERT INTO "ViewSalt" (day, salt) VALUES (${dayParam}::date, ${randomBytes(32).toString("hex")})
    ON CONFLICT (day) DO NOTHING`;
  if (created) {
    // Once per day: forget old salts, so yesterday's hashes cannot be re-derived from an IP later.
    const oldest = isoDay(new Date(day.getTime() - SALT_KEEP_DAYS * DAY_MS));
    await db.$executeRaw`DELETE FROM "ViewSalt" WHERE day < ${oldest}::date`;
  }
  // A new statement (new snapshot) sees the row whichever request inserted it.
  const [row] = await db.$queryRaw<
    { salt: string }[]
  >`SELECT salt FROM "ViewSalt" WHERE day = ${dayParam}::date`;
  if (!row) throw new Error(`ViewSalt for ${dayParam} vanished`);
  return row.salt;
}

export function visitorHash(salt: string, ip: string, userAgent: string, articleId: string) {
  // Fields are newline-separated (header values cannot contain one), so no two inputs collide.
  return createHash("sha256").update([salt, ip, userAgent, articleId].join("\n")).digest("hex");
}

export type RecordViewInput = {
  articleId: string;
  /** The client's IP as the page layer determined it; hashed, never stored. */
  ip: string;
  userAgent: string | null;
  now?: Date;
};

/**
 * Counts a view of a published article, at most once per visitor and Jakarta day. Bots (and
 * requests without a user agent), unknown and unpublished articles are not counted.
 */
export async function recordView({
  articleId,
  ip,
  userAgent,
  now = new Date(),
}: RecordViewInput): Promise<{ counted: boolean }> {
  if (!userAgent || isBotUserAgent(userAgent)) return { counted: false };
  try {
    await hitRateLimit([throttleKey("views", "ip", ip)], BEACONS_PER_ADDRESS);
  } catch (error) {
    if (error instanceof AppError) return { counted: false };
    throw error;
  }
  const day = jakartaDay(now);
  const salt = await daySalt(day);
  const hash = visitorHash(salt, ip, userAgent, articleId);
  // Salted like the visitor hash, so the counter cannot be linked to an address after two days.
  const addressKey = `views:address:${visitorHash(salt, ip, "", articleId).slice(0, 40)}`;

  return db.$transaction(async (tx) => {
    // The view row is inserted only for a published article; a repeat visit hits the primary key.
    const inserted = await tx.$queryRaw<{ articleId: string }[]>`
      INSERT INTO "ArticleView" ("articleId", day, "visitorHash")
      SELECT id, ${isoDay(day)}::date, ${hash} FROM "Article"
      WHERE id = ${articleId} AND status = 'PUBLISHED'
      ON CONFLICT DO NOTHING
      RETURNING "articleId"`;
    if (!inserted.length) return { counted: false };
    // Row-locked counter per (address, article, day): concurrent beacons cannot pass the cap.
    const [address] = await tx.$queryRaw<{ count: number }[]>`
      INSERT INTO "RateLimit" (key, count, "windowStart") VALUES (${addressKey}, 1, now())
      ON CONFLICT (key) DO UPDATE SET count = "RateLimit".count + 1
      RETURNING count`;
    if (address.count > VIEWS_PER_ADDRESS_PER_ARTICLE_PER_DAY) {
      await tx.$executeRaw`DELETE FROM "ArticleView"
        WHERE "articleId" = ${articleId} AND day = ${isoDay(day)}::date AND "visitorHash" = ${hash}`;
      return { counted: false };
    }
    await tx.$executeRaw`UPDATE "Article" SET "viewCount" = "viewCount" + 1 WHERE id = ${articleId}`;
    return { counted: true };
  });
}
