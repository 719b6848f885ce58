import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { popularArticles } from "@/lib/views/popular-articles";
import { rollUpArticleViews } from "@/lib/views/roll-up-views";
import { createArticle, resetDatabase } from "@/test/factories";

// 10:00 in Jakarta on 15 March 2030: the 7-day window is 9–15 March (Jakarta days).
const NOW = new Date("2030-03-15T03:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function addViews(articleId: string, iso: string, count: number, tag = "v") {
  await db.articleView.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      articleId,
      day: day(iso),
      visitorHash: `${tag}-${iso}-${i}-${articleId}`,
    })),
  });
}

const ranking = async () =>
  (await popularArticles({ days: 7, limit: 10, now: NOW })).map((p) => [p.title, p.views]);

beforeEach(resetDatabase);

describe("rollUpArticleViews", () => {
  it("moves finished days into daily totals and keeps Terpopuler's counts exact", async () => {
    const published = new Date("2030-02-01T01:00:00Z");
    const a = await createArticle({ title: "A", publishedAt: published });
    const b = await createArticle({ title: "B", publishedAt: published });
    const c = await createArticle({ title: "C", publishedAt: published });
    // A: heavy earlier in the week; B: today and yesterday; C: only outside the window.
    await addViews(a.id, "2030-03-09", 30);
    await addViews(a.id, "2030-03-12", 5);
    await addViews(b.id, "2030-03-14", 12);
    await addViews(b.id, "2030-03-15", 20);
    await addViews(c.id, "2030-03-01", 100);
    const before = await ranking();
    expect(before).toEqual([
      ["A", 35],
      ["B", 32],
    ]);

    const first = await rollUpArticleViews(NOW);
    expect(first).toEqual({ rows: 135, days: 3 });
    expect(await ranking()).toEqual(before);
    // Only today and yesterday remain as one-row-per-visitor detail.
    const detailDays = await db.articleView.groupBy({ by: ["day"], _count: true });
    expect(detailDays.map((d) => d.day.toISOString().slice(0, 10)).sort()).toEqual([
      "2030-03-14",
      "2030-03-15",
    ]);
    const daily = await db.articleViewDaily.findMany({ orderBy: [{ day: "asc" }] });
    expect(daily.map((d) => [d.day.toISOString().slice(0, 10), d.views])).toEqual([
      ["2030-03-01", 100],
      ["2030-03-09", 30],
      ["2030-03-12", 5],
    ]);

    // Idempotent: a second run moves nothing and changes nothing.
    expect(await rollUpArticleViews(NOW)).toEqual({ rows: 0, days: 0 });
    expect(await ranking()).toEqual(before);

    // A late row for a rolled-up day is added to that day's total on the next run.
    await addViews(a.id, "2030-03-12", 1, "late");
    expect(await ranking()).toEqual([
      ["A", 36],
      ["B", 32],
    ]);
    await rollUpArticleViews(NOW);
    expect(await ranking()).toEqual([
      ["A", 36],
      ["B", 32],
    ]);
    const march12 = await db.articleViewDaily.findUnique({
      where: { articleId_day: { articleId: a.id, day: day("2030-03-12") } },
    });
    expect(march12?.views).toBe(6);

    // The next day, yesterday's detail becomes a total too, and the window moves on.
    const tomorrow = new Date("2030-03-16T03:00:00Z");
    await rollUpArticleViews(tomorrow);
    expect(await db.articleView.count({ where: { day: day("2030-03-14") } })).toBe(0);
    const next = await popularArticles({ days: 7, limit: 10, now: tomorrow });
    expect(next.map((p) => [p.title, p.views])).toEqual([
      ["B", 32],
      ["A", 6],
    ]);
  });
});
