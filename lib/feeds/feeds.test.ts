import { parseFeed } from "@rowanmanning/feed-parser";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as siteRss } from "@/app/[locale]/(site)/rss.xml/route";
import { GET as siteAtom } from "@/app/[locale]/(site)/atom.xml/route";
import { GET as sectionRss } from "@/app/[locale]/(site)/[section]/rss.xml/route";
import { GET as subsectionAtom } from "@/app/[locale]/(site)/[section]/[slug]/atom.xml/route";
import { GET as topicRss } from "@/app/[locale]/(site)/topik/[slug]/rss.xml/route";
import { GET as writerAtom } from "@/app/[locale]/(site)/penulis/[username]/atom.xml/route";
import { GET as sitemapFile } from "@/app/sitemaps/[file]/route";
import { publishArticle } from "@/lib/articles/publication/publish-article";
import { unpublishArticle } from "@/lib/articles/publication/unpublish-article";
import { db } from "@/lib/db";
import { articleGuid } from "@/lib/feeds/build-feed";
import { createSection, createTopic, paragraphsDocument, resetDatabase } from "@/test/factories";
import { createSubmission, deskCast } from "@/test/review-fixtures";
import type { Prisma } from "@/lib/db";

// Next's data cache needs a running server; here every loader reads the database. That an unpublished
// article leaves at once rests on the tags: unpublishing revalidates `articles`, which every feed
// and sitemap loader is tagged with (and names in its xkey header, checked below).
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: () => Promise<T>) => fn }));

const SITE = "http://localhost:3000";
const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`${SITE}${path}`, { headers });
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

async function arrange() {
  await resetDatabase();
  const cast = await deskCast();
  const parent = await createSection({ name: "Nusantara" });
  const child = await createSection({ name: "Jawa Barat", parentId: parent.id });
  const topic = await createTopic({ name: "Banjir & Cuaca" });
  const writer = await db.user.findUniqueOrThrow({ where: { id: cast.verified.id } });
  const submission = await createSubmission({
    writerId: writer.id,
    sectionId: child.id,
    title: "Sungai Citarum Meluap, Warga Mengungsi",
    topics: [topic.id],
    claimedById: cast.editor.id,
  });
  // A body with every kind of markup a feed must carry, hostile text included.
  const body = {
    type: "doc",
    content: [
      ...paragraphsDocument("Air naik sejak subuh. <script>alert(1)</script> & lainnya.").content,
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Posko" }] },
    ],
  };
  await db.article.update({
    where: { id: submission.id },
    data: {
      body: body as Prisma.InputJsonObject,
      heroImageUrl: "/media/2026/12/0123456789abcdef-1200.webp",
      heroImageAlt: "Banjir di Bandung",
    },
  });
  return { cast, parent, child, topic, writer, submission };
}

type Arranged = Awaited<ReturnType<typeof arrange>>;

async function feeds(a: Arranged) {
  const responses = {
    site: await siteRss(request("/rss.xml")),
    siteAtom: await siteAtom(request("/atom.xml")),
    section: await sectionRss(
      request(`/${a.parent.slug}/rss.xml`),
      ctx({ section: a.parent.slug }),
    ),
    subsection: await subsectionAtom(
      request(`/${a.parent.slug}/${a.child.slug}/atom.xml`),
      ctx({ section: a.parent.slug, slug: a.child.slug }),
    ),
    topic: await topicRss(request(`/topik/${a.topic.slug}/rss.xml`), ctx({ slug: a.topic.slug })),
    writer: await writerAtom(
      request(`/penulis/${a.writer.username}/atom.xml`),
      ctx({ username: a.writer.username }),
    ),
  };
  return responses;
}

describe("feeds", () => {
  let a: Arranged;
  beforeEach(async () => {
    a = await arrange();
  });

  it("carry a published article in the site, section, sub-section, topic and writer feeds, and drop it when unpublished", async () => {
    await publishArticle(a.cast.editor, a.submission.id);
    const guid = articleGuid(a.submission.id, SITE);

    for (const [name, response] of Object.entries(await feeds(a))) {
      expect(response.status, name).toBe(200);
      expect(response.headers.get("xkey"), name).toContain("articles");
      const xml = await response.text();
      // The hostile text stays text: escaped inside the body's HTML, never a tag.
      expect(xml, name).toContain("&lt;script&gt;");
      expect(xml, name).not.toContain("<script>");
      const feed = parseFeed(xml);
      if (xml.includes("<rss")) expect(xml, name).toMatch(/<atom:updated>\d{4}-\d{2}-\d{2}T/);
      // The `feed` library writes <language> in RSS only; Atom has no element for it.
      if (xml.includes("<rss")) expect(feed.language).toBe("id");
      const item = feed.items.find((i) => i.id === guid);
      expect(item, name).toBeDefined();
      expect(item!.title).toBe("Sungai Citarum Meluap, Warga Mengungsi");
      expect(item!.url).toMatch(new RegExp(`^${SITE}/${a.parent.slug}/sungai-citarum`));
      expect(item!.published).toBeInstanceOf(Date);
      expect(item!.categories.map((c) => c.label)).toEqual(
        expect.arrayContaining(["Jawa Barat", "Banjir & Cuaca"]),
      );
      expect(item!.content).toContain('<h2 id="bagian-1">');
      expect(item!.media[0]?.url ?? item!.image?.url).toBe(
        `${SITE}/media/2026/12/0123456789abcdef-1200.webp`,
      );
      expect(item!.authors.map((x) => x.name)).toContain(a.writer.displayName);
    }

    const { tags } = await unpublishArticle(a.cast.editor, a.submission.id, {
      reason: "Narasumber mencabut pernyataannya secara resmi.",
    });
    expect(tags).toContain("articles");
    for (const [name, response] of Object.entries(await feeds(a))) {
      if (name === "writer") {
        // The writer has nothing published any more: the profile, and so its feed, is gone.
        expect(response.status).toBe(404);
        continue;
      }
      const feed = parseFeed(await response.text());
      expect(
        feed.items.find((i) => i.id === guid),
        name,
      ).toBeUndefined();
    }
  });

  it("keep the same guid when the article's slug changes", async () => {
    await publishArticle(a.cast.editor, a.submission.id);
    await db.article.update({ where: { id: a.submission.id }, data: { slug: "judul-baru" } });
    const feed = parseFeed(await (await siteRss(request("/rss.xml"))).text());
    const item = feed.items.find((i) => i.id === articleGuid(a.submission.id, SITE));
    expect(item?.url).toBe(`${SITE}/${a.parent.slug}/judul-baru`);
  });

  it("answer 404 for unknown sections, topics and writers, and 304 for an unchanged feed", async () => {
    expect(
      (await sectionRss(request("/tidak-ada/rss.xml"), ctx({ section: "tidak-ada" }))).status,
    ).toBe(404);
    expect((await topicRss(request("/topik/x/rss.xml"), ctx({ slug: "tidak-ada" }))).status).toBe(
      404,
    );
    expect(
      (await writerAtom(request("/penulis/x/atom.xml"), ctx({ username: "tidak-ada" }))).status,
    ).toBe(404);
    const first = await siteRss(request("/rss.xml"));
    const again = await siteRss(
      request("/rss.xml", { "if-none-match": first.headers.get("etag")! }),
    );
    expect(again.status).toBe(304);
  });

  it("list the article in the news sitemap while published, not after", async () => {
    await publishArticle(a.cast.editor, a.submission.id);
    const news = async () =>
      (await sitemapFile(request("/sitemaps/berita.xml"), ctx({ file: "berita.xml" }))).text();
    expect(await news()).toContain(
      "<news:title>Sungai Citarum Meluap, Warga Mengungsi</news:title>",
    );
    await unpublishArticle(a.cast.editor, a.submission.id, {
      reason: "Narasumber mencabut pernyataannya secara resmi.",
    });
    expect(await news()).not.toContain("Sungai Citarum");
  });
});
