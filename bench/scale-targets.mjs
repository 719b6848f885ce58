// What the scale benchmark measures on a database whose content it reads directly: the same kinds of
// pages at every size (an old and a new article, the biggest section, topic and writer, …).
import pg from "pg";

export const SEARCHES = [
  { key: "searchCommon", label: "search: common word", q: "jakarta" },
  { key: "searchRare", label: "search: rare word", q: "adkerson" },
  { key: "searchTypo", label: "search: typo", q: "pemilhan" },
  { key: "searchMulti", label: "search: multi-word", q: "harga minyak dunia" },
];

const ARTICLE_PATH = `'/' || coalesce(p.slug, s.slug) || '/' || a.slug`;

export async function discoverTargets(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql, params = []) => (await client.query(sql, params)).rows[0];
    const article = (order) =>
      one(`SELECT ${ARTICLE_PATH} AS path FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
           LEFT JOIN "Section" p ON p.id = s."parentId"
           WHERE a.status = 'PUBLISHED' ORDER BY a."publishedAt" ${order}, a.id LIMIT 1 OFFSET 50`);
    const section = await one(`SELECT s.slug, count(*)::int AS n FROM "Article" a
      JOIN "Section" c ON c.id = a."sectionId" JOIN "Section" s ON s.id = coalesce(c."parentId", c.id)
      WHERE a.status = 'PUBLISHED' GROUP BY s.slug ORDER BY n DESC LIMIT 1`);
    const topic =
      await one(`SELECT t.slug FROM "ArticleTopic" at JOIN "Topic" t ON t.id = at."topicId"
      GROUP BY t.slug ORDER BY count(*) DESC LIMIT 1`);
    const writer =
      await one(`SELECT u.username, u.email FROM "Article" a JOIN "User" u ON u.id = a."writerId"
      WHERE a.status = 'PUBLISHED' GROUP BY u.id ORDER BY count(*) DESC LIMIT 1`);
    const counts = await one(`SELECT (SELECT count(*)::int FROM "Article") AS articles,
      pg_database_size(current_database())::bigint AS bytes`);
    const lastPage = Math.max(1, Math.ceil(section.n / 12));
    return {
      counts: { articles: counts.articles, bytes: Number(counts.bytes) },
      writerEmail: writer.email,
      targets: [
        { key: "articleOld", label: "article (old)", path: (await article("ASC")).path },
        { key: "articleNew", label: "article (new)", path: (await article("DESC")).path },
        { key: "home", label: "home", path: "/" },
        { key: "section", label: `section /${section.slug}`, path: `/${section.slug}` },
        {
          key: "sectionDeep",
          label: "section, page 100",
          path: `/${section.slug}?halaman=${Math.min(100, lastPage)}`,
        },
        {
          key: "sectionLast",
          label: "section, last page",
          path: `/${section.slug}?halaman=${lastPage}`,
        },
        { key: "topic", label: `topic /topik/${topic.slug}`, path: `/topik/${topic.slug}` },
        { key: "writer", label: "writer (most articles)", path: `/penulis/${writer.username}` },
        ...SEARCHES.map((s) => ({ ...s, path: `/cari?q=${encodeURIComponent(s.q)}` })),
        { key: "desk", label: "desk queue", path: "/redaksi", as: "editor" },
        { key: "studio", label: "studio list (top writer)", path: "/tulis", as: "writer" },
        { key: "sitemap", label: "sitemap", path: "/sitemap.xml", optional: true },
      ],
    };
  } finally {
    await client.end();
  }
}

/** Distinct published article paths for the memory crawl, spread over the whole archive. */
export async function crawlPaths(databaseUrl, count) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT ${ARTICLE_PATH} AS path FROM "Article" a
       JOIN "Section" s ON s.id = a."sectionId" LEFT JOIN "Section" p ON p.id = s."parentId"
       WHERE a.status = 'PUBLISHED' ORDER BY md5(a.id) LIMIT $1`,
      [count],
    );
    return rows.map((r) => r.path);
  } finally {
    await client.end();
  }
}
