// How the sitemap, feed and API queries scale: fills a database with N synthetic published
// articles (default 1,000,000), times each reader query (median of 5 runs) and prints the plans,
// then deletes the rows again. Run against a throw-away or development database only:
//   node scripts/with-db.mjs node bench/sitemap-scale.mjs [N]
import pg from "pg";

const N = Number(process.argv[2] ?? 1_000_000);
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const MARK = "bench-scale-";

// The same statement as lib/articles/list-sitemap-ranges.ts: months found by index probes, each
// counted with an index-only range scan.
const MONTHS_SQL = `
  WITH RECURSIVE months AS (
    SELECT date_trunc('month', min("publishedAt")) AS m FROM "Article" WHERE status = 'PUBLISHED'
    UNION ALL
    SELECT (SELECT date_trunc('month', min("publishedAt")) FROM "Article"
            WHERE status = 'PUBLISHED' AND "publishedAt" >= months.m + interval '1 month')
    FROM months WHERE months.m IS NOT NULL
  )
  SELECT to_char(m, 'YYYY-MM') AS key, s.count, s.lastmod FROM months
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS count, max(COALESCE("contentUpdatedAt", "publishedAt")) AS lastmod
    FROM "Article" WHERE status = 'PUBLISHED'
      AND "publishedAt" >= months.m AND "publishedAt" < months.m + interval '1 month') s
  WHERE m IS NOT NULL ORDER BY m`;

async function timed(label, sql, params = []) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    await client.query(sql, params);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  const top = plan.rows.map((r) => r["QUERY PLAN"]).filter((l) => /Scan|Limit|Aggregate/.test(l));
  console.log(
    `\n${label}: median ${times[2].toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[4].toFixed(1)})`,
  );
  for (const line of top.slice(0, 4)) console.log(`   ${line.trim()}`);
}

try {
  const started = Date.now();
  await client.query(`INSERT INTO "User" (id, email, "passwordHash", "displayName", username, "updatedAt")
    VALUES ('${MARK}writer', '${MARK}w@example.test', 'x', 'Bench', '${MARK}writer', now())`);
  await client.query(`INSERT INTO "Section" (id, slug, name, "updatedAt")
    VALUES ('${MARK}section', '${MARK}section', 'Bench', now())`);
  await client.query(`ALTER TABLE "Article" DISABLE TRIGGER article_search_vector`);
  // Spread over three years, a new article every ~95 seconds.
  await client.query(
    `INSERT INTO "Article" (id, title, slug, body, "sectionId", "writerId", status, "publishedAt", "updatedAt")
     SELECT '${MARK}' || g, 'Artikel ' || g, '${MARK}' || g, '{"type":"doc","content":[]}',
       '${MARK}section', '${MARK}writer', 'PUBLISHED',
       timestamp '2023-01-01' + g * interval '94.6 seconds', now()
     FROM generate_series(1, $1) g`,
    [N],
  );
  await client.query(`ALTER TABLE "Article" ENABLE TRIGGER article_search_vector`);
  await client.query(`VACUUM ANALYZE "Article"`);
  console.log(`inserted ${N} articles in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  await timed(
    "sitemap index: one aggregate over every article (seq scan, the naive query)",
    `SELECT to_char(date_trunc('month', "publishedAt"), 'YYYY-MM') AS key, count(*)::int,
            max(COALESCE("contentUpdatedAt", "publishedAt"))
     FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" IS NOT NULL GROUP BY 1 ORDER BY 1`,
  );
  await timed(
    "sitemap index: month by month on the index (lib/articles/list-sitemap-ranges.ts)",
    MONTHS_SQL,
  );
  await timed(
    "one month's sitemap (up to 50,000 rows)",
    `SELECT slug, "sectionId", "publishedAt", "contentUpdatedAt", "heroImageUrl", "heroImageAlt", title
     FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" >= '2024-06-01' AND "publishedAt" < '2024-07-01'
     ORDER BY "publishedAt", id LIMIT 50000`,
  );
  const { rows } = await client.query(`SELECT max("publishedAt") AS newest FROM "Article"`);
  const twoDaysBefore = new Date(rows[0].newest.getTime() - 2 * 86_400_000);
  await timed(
    "news sitemap (last two days, newest 1,000)",
    `SELECT slug, title, "publishedAt" FROM "Article"
     WHERE status = 'PUBLISHED' AND "publishedAt" >= $1
     ORDER BY "publishedAt" DESC, id DESC LIMIT 1000`,
    [twoDaysBefore],
  );
  await timed(
    "site feed / API first page (newest 51)",
    `SELECT id FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC, id DESC LIMIT 51`,
  );
  await timed(
    "API page deep in the archive, cursor as (t < X OR (t = X AND id < Y)) — no index bound",
    `SELECT id FROM "Article" WHERE status = 'PUBLISHED'
       AND ("publishedAt" < '2023-02-01' OR ("publishedAt" = '2023-02-01' AND id < 'z'))
     ORDER BY "publishedAt" DESC, id DESC LIMIT 21`,
  );
  await timed(
    "API page deep in the archive, cursor as t <= X AND (t < X OR id < Y) (list-api-articles.ts)",
    `SELECT id FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= '2023-02-01'
       AND ("publishedAt" < '2023-02-01' OR id < 'z')
     ORDER BY "publishedAt" DESC, id DESC LIMIT 21`,
  );
} finally {
  await client.query(`DELETE FROM "Article" WHERE "writerId" = '${MARK}writer'`);
  await client.query(`DELETE FROM "Section" WHERE id = '${MARK}section'`);
  await client.query(`DELETE FROM "User" WHERE id = '${MARK}writer'`);
  await client.query(`ALTER TABLE "Article" ENABLE TRIGGER article_search_vector`);
  await client.end();
}
