// The end of a scale seed, in one transaction with the checkpoint's "finished": the typo
// vocabulary, a month of readership (rolled-up days plus two days of detail, as the roll-up job
// leaves it), the full-text index built in bulk, then fresh planner statistics.
import type pg from "pg";
import type { WordCounter } from "./scale-words";

type Finish = { words: WordCounter; articles: number; startedAt: number; log: (m: string) => void };

/** Readers per day of the newest published articles: a fixed audience, whatever the archive size. */
const READ_ARTICLES = 1500;
const VIEW_DAYS = 30;

/** Turns the ArticleListCount triggers off for the load and back on at the end (when they exist). */
export async function setCountTriggers(client: pg.ClientBase, enabled: boolean) {
  const { rows } = await client.query<{ table: string; name: string }>(
    `SELECT c.relname AS table, t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE t.tgname IN ('article_list_count', 'article_list_count_topic_link')`,
  );
  for (const { table, name } of rows)
    await client.query(`ALTER TABLE "${table}" ${enabled ? "ENABLE" : "DISABLE"} TRIGGER ${name}`);
  return rows.length > 0;
}

export async function finishScaleSeed(client: pg.ClientBase, { words, log }: Finish) {
  const started = Date.now();
  await client.query("BEGIN");
  try {
    const { words: list, docs } = words.rows();
    await client.query(
      `INSERT INTO "SearchWord" (word, docs) SELECT * FROM unnest($1::text[], $2::int[])
       ON CONFLICT (word) DO UPDATE SET docs = "SearchWord".docs + EXCLUDED.docs`,
      [list, docs],
    );
    log(`search words: ${list.length} counted`);

    // Older days as roll-ups, today and yesterday as detail rows (one per visitor).
    await client.query(`CREATE TEMP TABLE scale_read ON COMMIT DROP AS
      SELECT id, row_number() OVER (ORDER BY "publishedAt" DESC) AS rank
      FROM "Article" WHERE status = 'PUBLISHED' AND id LIKE 'c%'
      ORDER BY "publishedAt" DESC LIMIT ${READ_ARTICLES}`);
    await client.query(`
      INSERT INTO "ArticleViewDaily" ("articleId", day, views)
      SELECT r.id, d.day, 1 + floor(random() * 400 / sqrt(r.rank))::int
      FROM scale_read r
      CROSS JOIN generate_series(1, ${VIEW_DAYS}) AS back(n)
      CROSS JOIN LATERAL (SELECT ((now() AT TIME ZONE 'Asia/Jakarta')::date - back.n - 1) AS day) d
      WHERE random() < 0.6
      ON CONFLICT DO NOTHING`);
    await client.query(`
      INSERT INTO "ArticleView" ("articleId", day, "visitorHash")
      SELECT r.id, d.day, md5(r.id || d.day::text || g::text || random()::text)
      FROM scale_read r
      CROSS JOIN generate_series(0, 1) AS back(n)
      CROSS JOIN LATERAL (SELECT ((now() AT TIME ZONE 'Asia/Jakarta')::date - back.n) AS day) d
      CROSS JOIN LATERAL generate_series(1, 1 + floor(random() * 200 / sqrt(r.rank))::int) AS g
      ON CONFLICT DO NOTHING`);
    await client.query(`
      UPDATE "Article" a SET "viewCount" = a."viewCount" + v.views
      FROM (SELECT "articleId", sum(views)::int AS views FROM (
              SELECT "articleId", views FROM "ArticleViewDaily" WHERE "articleId" IN (SELECT id FROM scale_read)
              UNION ALL
              SELECT "articleId", 1 FROM "ArticleView" WHERE "articleId" IN (SELECT id FROM scale_read)
            ) x GROUP BY "articleId") v
      WHERE a.id = v."articleId"`);

    if (await setCountTriggers(client, true)) {
      await client.query(`DELETE FROM "ArticleListCount"`);
      await client.query(`
        INSERT INTO "ArticleListCount" (key, published)
        SELECT key, count(*)::int FROM (
          SELECT 'all' AS key FROM "Article" WHERE status = 'PUBLISHED'
          UNION ALL SELECT 's:' || "sectionId" FROM "Article" WHERE status = 'PUBLISHED'
          UNION ALL SELECT 'w:' || "writerId" FROM "Article" WHERE status = 'PUBLISHED'
          UNION ALL SELECT 't:' || t."topicId" FROM "ArticleTopic" t
            JOIN "Article" a ON a.id = t."articleId" WHERE a.status = 'PUBLISHED'
        ) k GROUP BY key`);
      // The article sitemaps' months (the same rows the trigger keeps, see list-sitemap-ranges.ts).
      await client.query(`
        INSERT INTO "ArticleListCount" (key, published, lastmod)
        SELECT 'm:' || to_char("publishedAt", 'YYYY-MM'), count(*)::int,
          max(coalesce("contentUpdatedAt", "publishedAt"))
        FROM "Article" WHERE status = 'PUBLISHED' GROUP BY 1`);
    }
    log("building the full-text indexes…");
    await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    await client.query(
      `CREATE INDEX IF NOT EXISTS "Article_searchVector_idx" ON "Article" USING GIN ("searchVector")`,
    );
    await client.query(
      `CREATE INDEX IF NOT EXISTS "Article_titleVector_idx" ON "Article" USING GIN ("titleVector")`,
    );
    await client.query(`UPDATE scale_seed_checkpoint SET finished = true`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  log("vacuum and analyze…");
  await client.query("VACUUM (ANALYZE)");
  log(`finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
