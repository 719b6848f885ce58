import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as sitemapIndex } from "@/app/sitemap.xml/route";
import { GET as sitemapFile } from "@/app/sitemaps/[file]/route";
import { db } from "@/lib/db";
import { parseSitemapFile } from "@/lib/sitemaps/sitemap-files";
import {
  createArticle,
  createSection,
  createTopic,
  createUser,
  resetDatabase,
} from "@/test/factories";
import { sitemapErrors } from "@/test/validate-sitemap";

// Next's data cache needs a running server; the loaders read the database directly here.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: () => Promise<T>) => fn }));

const SITE = "http://localhost:3000";
const get = (file: string) =>
  sitemapFile(new Request(`${SITE}/sitemaps/${file}`), { params: Promise.resolve({ file }) });
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

let ids: { old: string; recent: string; draft: string; withdrawn: string; sectionSlug: string };

beforeAll(async () => {
  await resetDatabase();
  const parent = await createSection({ name: "Olahraga" });
  const child = await createSection({ name: "Sepak Bola", parentId: parent.id });
  const topic = await createTopic();
  const writer = await createUser({ tier: "WRITER" });
  const common = { sectionId: child.id, writerId: writer.id, topics: [topic.id] };
  const old = await createArticle({ ...common, publishedAt: new Date("2024-03-10T05:00:00Z") });
  await db.article.update({
    where: { id: old.id },
    data: {
      heroImageUrl: "/demo/hero/futsal-malam.svg",
      heroImageAlt: "Futsal & malam",
      contentUpdatedAt: new Date("2024-04-01T00:00:00Z"),
    },
  });
  const recent = await createArticle({ ...common, title: "Timnas <U-23> Menang" });
  const draft = await createArticle({ ...common, status: "DRAFT" });
  const withdrawn = await createArticle({ ...common, status: "UNPUBLISHED" });
  // Unpublished articles keep the publication time they had.
  await db.article.update({ where: { id: withdrawn.id }, data: { publishedAt: new Date() } });
  ids = {
    old: old.slug,
    recent: recent.slug,
    draft: draft.slug,
    withdrawn: withdrawn.slug,
    sectionSlug: parent.slug,
  };
});

describe("sitemaps", () => {
  it("index every sitemap, each valid against the sitemaps.org and Google schemas", async () => {
    const index = await (await sitemapIndex(new Request(`${SITE}/sitemap.xml`))).text();
    expect(await sitemapErrors(index, "index")).toEqual([]);
    const files = locs(index).map((loc) => loc.replace(`${SITE}/sitemaps/`, ""));
    const month = new Date().toISOString().slice(0, 7);
    expect(files).toEqual(
      expect.arrayContaining([
        "berita.xml",
        "rubrik.xml",
        "topik.xml",
        "penulis.xml",
        "artikel-2024-03.xml",
        `artikel-${month}.xml`,
      ]),
    );
    expect(index).toContain("<lastmod>2024-04-01T00:00:00.000Z</lastmod>");
    for (const file of files) {
      const response = await get(file);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("content-type")).toContain("application/xml");
      expect(await sitemapErrors(await response.text(), "urlset"), file).toEqual([]);
    }
  });

  it("list only published articles, by month, with lastmod and hero images", async () => {
    const march = await (await get("artikel-2024-03.xml")).text();
    expect(locs(march)).toEqual([`${SITE}/${ids.sectionSlug}/${ids.old}`]);
    expect(march).toContain(`<image:loc>${SITE}/demo/hero/futsal-malam.svg</image:loc>`);
    expect(march).toContain("<image:title>Futsal &amp; malam</image:title>");
    expect(march).toContain("<lastmod>2024-04-01T00:00:00.000Z</lastmod>");
    const all = (
      await Promise.all(
        ["artikel-2024-03.xml", `artikel-${new Date().toISOString().slice(0, 7)}.xml`].map(
          async (f) => (await get(f)).text(),
        ),
      )
    ).join("");
    expect(all).toContain(ids.recent);
    expect(all).not.toContain(ids.draft);
    expect(all).not.toContain(ids.withdrawn);
  });

  it("put only the last two days in the news sitemap, with its publication and escaped title", async () => {
    const news = await (await get("berita.xml")).text();
    expect(news).toContain(ids.recent);
    expect(news).not.toContain(ids.old);
    expect(news).not.toContain(ids.withdrawn);
    expect(news).toContain("<news:name>Warta</news:name>");
    expect(news).toContain("<news:language>id</news:language>");
    expect(news).toContain("<news:title>Timnas &lt;U-23&gt; Menang</news:title>");
  });

  it("answer 404 for malformed, impossible or empty sitemap names", async () => {
    for (const file of [
      "artikel-2024-13.xml",
      "artikel-2024-02-30.xml",
      "artikel-2024-3.xml",
      "artikel-1999-01.xml",
      "artikel-2024-03.xml?halaman=2",
      "halaman-2.xml",
      "rubrik",
    ])
      expect((await get(file)).status, file).toBe(404);
    expect(parseSitemapFile("artikel-2024-02-29.xml")).toMatchObject({ kind: "articles" });
  });

  it("keep each month's count and lastmod in step as articles are published, edited, moved and withdrawn", async () => {
    const months = async () =>
      (
        await db.articleListCount.findMany({
          where: { key: { startsWith: "m:" }, published: { gt: 0 } },
          orderBy: { key: "asc" },
        })
      ).map((row) => [row.key.slice(2), row.published]);
    const counted = async () =>
      (
        await db.$queryRaw<{ month: string; n: number }[]>`
          SELECT to_char("publishedAt", 'YYYY-MM') AS month, count(*)::int AS n FROM "Article"
          WHERE status = 'PUBLISHED' GROUP BY 1 ORDER BY 1`
      ).map((row) => [row.month, row.n]);
    const lastmodOf = async (month: string) =>
      (await db.articleListCount.findUnique({ where: { key: `m:${month}` } }))?.lastmod;

    const moved = await createArticle({ publishedAt: new Date("2023-07-04T03:00:00Z") });
    expect(await months()).toEqual(await counted());
    // Edited in place: the month's file shows the new update time.
    await db.article.update({
      where: { id: moved.id },
      data: { contentUpdatedAt: new Date("2023-08-02T00:00:00Z") },
    });
    expect((await lastmodOf("2023-07"))?.toISOString()).toBe("2023-08-02T00:00:00.000Z");
    // Moved to another month, then withdrawn: it leaves both files, and the files it left changed.
    const before = Date.now();
    await db.article.update({
      where: { id: moved.id },
      data: { publishedAt: new Date("2023-09-01T00:00:00Z"), contentUpdatedAt: null },
    });
    expect(await months()).toEqual(await counted());
    expect((await lastmodOf("2023-07"))!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    await db.article.update({ where: { id: moved.id }, data: { status: "UNPUBLISHED" } });
    expect(await months()).toEqual(await counted());
    const index = await (await sitemapIndex(new Request(`${SITE}/sitemap.xml`))).text();
    expect(index).not.toContain("artikel-2023-09.xml");
    expect(index).not.toContain("artikel-2023-07.xml");
  });
});
