import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { jakartaDay } from "@/lib/format/dates";
import { isBotUserAgent } from "@/lib/views/bots";

export { BOT_USER_AGENT, isBotUserAgent } from "@/lib/views/bots";

// Cookie-less view counting: one view per visitor per article per Jakarta day. The visitor is a
// salted hash of (IP, user agent, article); the salt is random per day and deleted after two days,
// so a stored hash can no longer be linked to an IP. The raw IP is never stored.

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
  const day = jakartaDay(now);
  const hash = visitorHash(await daySalt(day), ip, userAgent, articleId);

  // One statement: the view row is inserted only for a published article, and viewCount grows only
  // when that insert happened (a repeat visit hits the primary key and inserts nothing).
  const [row] = await db.$queryRaw<{ counted: number }[]>`
    WITH article AS (
      SELECT id FROM "Article" WHERE id = ${articleId} AND status = 'PUBLISHED'
    ),
    inserted AS (
      INSERT INTO "ArticleView" ("articleId", day, "visitorHash")
      SELECT id, ${isoDay(day)}::date, ${hash} FROM article
      ON CONFLICT DO NOTHING
      RETURNING "articleId"
    ),
    bumped AS (
      UPDATE "Article" SET "viewCount" = "viewCount" + 1
      WHERE id IN (SELECT "articleId" FROM inserted)
      RETURNING id
    )
    SELECT count(*)::int AS counted FROM bumped`;
  return { counted: (row?.counted ?? 0) > 0 };
}
