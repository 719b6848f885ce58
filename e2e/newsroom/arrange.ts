import { randomBytes } from "node:crypto";
import { withDatabase } from "../fixtures/database";

export const suffix = () => randomBytes(4).toString("hex");

/** A new writer who can log in with the demo password (the hash is copied from a demo account). */
export async function arrangeWriter(name: string) {
  return withDatabase(async (client) => {
    const id = `e2ew${suffix()}${suffix()}`;
    const username = `penulis-${suffix()}`;
    const email = `${username}@warta.test`;
    await client.query(
      `INSERT INTO "User" (id, email, "emailVerifiedAt", "passwordHash", role, tier, "displayName", username, "updatedAt")
       SELECT $1, $2, now(), "passwordHash", 'WRITER', 'WRITER', $3, $4, now() FROM "User" WHERE email = 'penulis2@warta.test'`,
      [id, email, name, username],
    );
    return { id, email, username };
  });
}

const JAKARTA_DAY = `(now() AT TIME ZONE 'Asia/Jakarta')::date`;

/** Counted views of an article `daysAgo` Jakarta days back (distinct visitors, as the counter stores them). */
export async function addViews(articleId: string, daysAgo: number, count: number) {
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO "ArticleView" ("articleId", day, "visitorHash")
       SELECT $1, ${JAKARTA_DAY} - $2::int, md5(random()::text || g::text) FROM generate_series(1, $3) g`,
      [articleId, daysAgo, count],
    );
    await client.query(`UPDATE "Article" SET "viewCount" = "viewCount" + $2 WHERE id = $1`, [
      articleId,
      count,
    ]);
  });
}

export const pointsBalance = (userId: string) =>
  withDatabase(async (client) => {
    const { rows } = await client.query<{ sum: string | null }>(
      `SELECT sum(points) FROM "PointsEntry" WHERE "userId" = $1`,
      [userId],
    );
    return Number(rows[0].sum ?? 0);
  });

export const resetPointsSettings = () =>
  withDatabase((client) =>
    client.query(
      `UPDATE "PointsSettings" SET "viewsPerPoint" = 100, "minimumRedemption" = 500, "rupiahPerPoint" = 100 WHERE id = 1`,
    ),
  );

/** The text of a published demo article, to paste into a draft for the originality check. */
export const publishedPassage = () =>
  withDatabase(async (client) => {
    const { rows } = await client.query<{ title: string; bodyText: string }>(
      `SELECT title, "bodyText" FROM "Article" WHERE status = 'PUBLISHED' AND "wordCount" > 150 ORDER BY "publishedAt" LIMIT 1`,
    );
    return { title: rows[0].title, text: rows[0].bodyText.split(/\s+/).slice(0, 90).join(" ") };
  });
