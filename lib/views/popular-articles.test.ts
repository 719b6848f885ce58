import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { popularArticles } from "@/lib/views/popular-articles";
import { createArticle, createSection, resetDatabase } from "@/test/factories";

// 10:00 in Jakarta on 15 March 2030: the 7-day window is 9–15 March (Jakarta days).
const NOW = new Date("2030-03-15T03:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const published = (iso: string) => new Date(`${iso}T01:00:00Z`);

async function addViews(articleId: string, iso: string, count: number) {
  await db.articleView.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      articleId,
      day: day(iso),
      visitorHash: `${iso}-${i}-${articleId}`,
    })),
  });
}

beforeEach(resetDatabase);

describe("popularArticles", () => {
  it("orders by views in the last 7 Jakarta days, ties by newest publication", async () => {
    const parent = await createSection();
    const child = await createSection({ parentId: parent.id });
    const a = await createArticle({
      title: "A",
      sectionId: parent.id,
      publishedAt: published("2030-03-01"),
    });
    const b = await createArticle({
      title: "B",
      sectionId: parent.id,
      publishedAt: published("2030-03-05"),
    });
    const c = await createArticle({
      title: "C",
      sectionId: child.id,
      publishedAt: published("2030-03-02"),
    });
    const d = await createArticle({
      title: "D",
      sectionId: parent.id,
      publishedAt: published("2030-03-03"),
    });
    const hidden = await createArticle({
      title: "Unpublished",
      status: "UNPUBLISHED",
      publishedAt: published("2030-03-04"),
    });
    const stale = await createArticle({ title: "Stale", publishedAt: published("2030-02-01") });

    await addViews(a.id, "2030-03-15", 3); // today
    await addViews(b.id, "2030-03-09", 3); // first day of the window: ties with A, newer → first
    await addViews(c.id, "2030-03-12", 4);
    await addViews(c.id, "2030-03-08", 50); // one day too old
    await addViews(d.id, "2030-03-10", 1);
    await addViews(hidden.id, "2030-03-14", 99);
    await addViews(stale.id, "2030-03-08", 20); // outside the window only
    await addViews(stale.id, "2030-03-16", 20); // "tomorrow" relative to NOW: not counted

    const list = await popularArticles({ now: NOW });
    expect(list.map((p) => [p.title, p.views])).toEqual([
      ["C", 4],
      ["B", 3],
      ["A", 3],
      ["D", 1],
    ]);
    expect(list[0]).toMatchObject({ id: c.id, slug: c.slug, sectionSlug: parent.slug });
    expect(list[0].publishedAt).toEqual(published("2030-03-02"));

    expect((await popularArticles({ now: NOW, limit: 2 })).map((p) => p.title)).toEqual(["C", "B"]);
    expect((await popularArticles({ now: NOW, days: 1 })).map((p) => [p.title, p.views])).toEqual([
      ["A", 3],
    ]);
    expect(
      (await popularArticles({ now: NOW, days: 8 })).map((p) => [p.title, p.views])[0],
    ).toEqual(["C", 54]);
  });

  it("uses the Jakarta day: just after 17:00 UTC the window moves forward", async () => {
    const article = await createArticle({ title: "Malam", publishedAt: published("2030-03-01") });
    await addViews(article.id, "2030-03-09", 2);
    expect(await popularArticles({ now: new Date("2030-03-15T16:59:00Z") })).toHaveLength(1);
    expect(await popularArticles({ now: new Date("2030-03-15T17:01:00Z") })).toHaveLength(0);
  });

  it("is empty when nothing was viewed", async () => {
    await createArticle();
    expect(await popularArticles({ now: NOW })).toEqual([]);
  });
});
