import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { currentPopularArticles } from "@/lib/views/current-popular-articles";
import { popularArticles } from "@/lib/views/popular-articles";
import { POPULAR_REFRESH_MS, refreshPopularArticles } from "@/lib/views/refresh-popular-articles";
import { createArticle, resetDatabase } from "@/test/factories";

// 10:00 in Jakarta on 15 March 2030: the 7-day window is 9–15 March.
const NOW = new Date("2030-03-15T03:00:00Z");
const later = (ms: number) => new Date(NOW.getTime() + ms);

async function addViews(articleId: string, iso: string, count: number, from = 0) {
  await db.articleView.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      articleId,
      day: new Date(`${iso}T00:00:00Z`),
      visitorHash: `${iso}-${from + i}-${articleId}`,
    })),
  });
}

const titlesAndViews = (list: { title: string; views: number }[]) =>
  list.map((p) => [p.title, p.views]);

beforeEach(resetDatabase);

describe("currentPopularArticles", () => {
  it("reads the snapshot, which holds the exact counts of when it was taken", async () => {
    const a = await createArticle({ title: "A", publishedAt: new Date("2030-03-01T01:00:00Z") });
    const b = await createArticle({ title: "B", publishedAt: new Date("2030-03-02T01:00:00Z") });
    await addViews(a.id, "2030-03-15", 5);
    await addViews(b.id, "2030-03-11", 7);
    await db.articleViewDaily.create({
      data: { articleId: a.id, day: new Date("2030-03-10T00:00:00Z"), views: 4 },
    });

    expect(await refreshPopularArticles(NOW)).toBe(2);
    const fromSnapshot = await currentPopularArticles({ now: later(60_000) });
    expect(titlesAndViews(fromSnapshot)).toEqual([
      ["A", 9],
      ["B", 7],
    ]);
    expect(fromSnapshot).toEqual(await popularArticles({ now: NOW }));

    // Views after the snapshot show with the next refresh, not before.
    await addViews(b.id, "2030-03-15", 5, 100);
    expect(titlesAndViews(await currentPopularArticles({ now: later(60_000) }))).toEqual([
      ["A", 9],
      ["B", 7],
    ]);
    await refreshPopularArticles(later(POPULAR_REFRESH_MS));
    expect(
      titlesAndViews(await currentPopularArticles({ now: later(POPULAR_REFRESH_MS + 1000) })),
    ).toEqual([
      ["B", 12],
      ["A", 9],
    ]);
  });

  it("drops an article withdrawn since the snapshot at once", async () => {
    const a = await createArticle({ title: "A" });
    const b = await createArticle({ title: "B" });
    await addViews(a.id, "2030-03-14", 3);
    await addViews(b.id, "2030-03-14", 2);
    await refreshPopularArticles(NOW);
    await db.article.update({ where: { id: a.id }, data: { status: "UNPUBLISHED" } });
    expect(titlesAndViews(await currentPopularArticles({ now: NOW }))).toEqual([["B", 2]]);
  });

  it("counts now when there is no snapshot or it is too old (a stopped scheduler)", async () => {
    const a = await createArticle({ title: "A" });
    await addViews(a.id, "2030-03-14", 3);
    expect(titlesAndViews(await currentPopularArticles({ now: NOW }))).toEqual([["A", 3]]);

    await refreshPopularArticles(NOW);
    await addViews(a.id, "2030-03-15", 4, 100);
    const tooOld = later(3 * POPULAR_REFRESH_MS + 1000);
    expect(titlesAndViews(await currentPopularArticles({ now: tooOld }))).toEqual([["A", 7]]);
  });

  it("keeps only the limit asked for", async () => {
    for (const [title, views] of [
      ["A", 3],
      ["B", 2],
      ["C", 1],
    ] as const) {
      const article = await createArticle({ title });
      await addViews(article.id, "2030-03-14", views);
    }
    await refreshPopularArticles(NOW);
    expect((await currentPopularArticles({ now: NOW, limit: 2 })).map((p) => p.title)).toEqual([
      "A",
      "B",
    ]);
  });
});
