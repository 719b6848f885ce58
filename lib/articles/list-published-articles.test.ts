import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { countList } from "@/lib/articles/list-keys";
import {
  listPublishedArticles,
  listPublishedArticlesAfter,
  type ArticleListFilter,
} from "@/lib/articles/list-published-articles";
import type { ListCursor } from "@/lib/pagination";
import {
  createArticle,
  createSection,
  createTopic,
  createUser,
  resetDatabase,
} from "@/test/factories";

// Outside Next there is no data cache: the loaders run directly.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: () => Promise<T>) => fn }));

const MINUTE = 60_000;
const start = Date.now() - 10_000 * MINUTE;

let parentId = "";
let childId = "";
let topicId = "";
let writerId = "";
let minute = 0;

/** A published article one minute newer than the previous one, alternating parent and child section. */
async function publish(extra: { topic?: boolean; at?: Date } = {}) {
  minute++;
  return createArticle({
    title: `Artikel ${minute}`,
    sectionId: minute % 2 ? parentId : childId,
    writerId,
    topics: extra.topic ? [topicId] : [],
    publishedAt: extra.at ?? new Date(start + minute * MINUTE),
  });
}

async function readAll(filter: ArticleListFilter, pageSize: number, between?: () => Promise<void>) {
  const seen: string[] = [];
  let cursor: ListCursor | null = null;
  for (;;) {
    const { items, next } = await listPublishedArticlesAfter(filter, cursor, pageSize);
    seen.push(...items.map((i) => i.title));
    if (!next) return seen;
    cursor = next;
    await between?.();
  }
}

beforeEach(async () => {
  await resetDatabase();
  minute = 0;
  parentId = (await createSection()).id;
  childId = (await createSection({ parentId })).id;
  topicId = (await createTopic()).id;
  writerId = (await createUser({ tier: "WRITER" })).id;
  for (let i = 0; i < 23; i++) await publish({ topic: i % 3 === 0 });
  // Never listed.
  await createArticle({ status: "DRAFT", sectionId: parentId, writerId, topics: [topicId] });
});

describe("keyset pagination", () => {
  it("has no duplicates or gaps while articles are published between pages", async () => {
    for (const [filter, pageSize] of [
      [{ sectionId: parentId }, 5],
      [{ writerId }, 4],
      [{ topicId }, 2],
      [{}, 7],
    ] as const) {
      const before = (await listPublishedArticles(filter, 1, 1000)).items.map((i) => i.title);
      expect(before.length).toBeGreaterThan(pageSize * 2);
      const seen = await readAll(filter, pageSize, async () => {
        await publish({ topic: true });
      });
      // Everything that was there when reading began, once each, newest first; what was published
      // meanwhile is newer than the cursor and shows on the next visit of the first page.
      expect(seen).toEqual(before);
    }
  });

  it("numbers pages newest first, reading the far half from the oldest end", async () => {
    const filter = { sectionId: parentId };
    const pages = [1, 2].map((n) => listPublishedArticles(filter, n));
    const [one, two] = await Promise.all(pages);
    expect(one.total).toBe(23);
    expect(one.pageCount).toBe(2);
    expect(one.items.map((i) => i.title)).toEqual(
      Array.from({ length: 12 }, (_, i) => `Artikel ${23 - i}`),
    );
    expect(two.items.map((i) => i.title)).toEqual(
      Array.from({ length: 11 }, (_, i) => `Artikel ${11 - i}`),
    );
    // Page 3 of 5 per page from the middle, page 5 the short last one.
    const small = await Promise.all([3, 4, 5].map((n) => listPublishedArticles(filter, n, 5)));
    expect(small.map((p) => p.items.map((i) => i.title))).toEqual([
      ["Artikel 13", "Artikel 12", "Artikel 11", "Artikel 10", "Artikel 9"],
      ["Artikel 8", "Artikel 7", "Artikel 6", "Artikel 5", "Artikel 4"],
      ["Artikel 3", "Artikel 2", "Artikel 1"],
    ]);
    expect((await listPublishedArticles(filter, 6, 5)).items).toEqual([]);
  });

  it("keeps the list counts right through publish, unpublish, moves, topic links and deletes", async () => {
    const counts = async () =>
      Promise.all([
        countList({ sectionId: parentId }),
        countList({ sectionId: childId }),
        countList({ topicId }),
        countList({ writerId }),
      ]);
    expect(await counts()).toEqual([23, 11, 8, 23]);
    const extra = await publish({ topic: true }); // minute 24: the child section
    expect(await counts()).toEqual([24, 12, 9, 24]);
    await db.article.update({ where: { id: extra.id }, data: { status: "UNPUBLISHED" } });
    expect(await counts()).toEqual([23, 11, 8, 23]);
    await db.article.update({ where: { id: extra.id }, data: { status: "PUBLISHED" } });
    await db.article.update({ where: { id: extra.id }, data: { sectionId: parentId } });
    expect(await counts()).toEqual([24, 11, 9, 24]);
    await db.articleTopic.delete({
      where: { articleId_topicId: { articleId: extra.id, topicId } },
    });
    expect(await counts()).toEqual([24, 11, 8, 24]);
    await db.articleTopic.create({ data: { articleId: extra.id, topicId } });
    await db.article.delete({ where: { id: extra.id } });
    expect(await counts()).toEqual([23, 11, 8, 23]);
    // And they equal a real count.
    const real = await db.article.count({
      where: { status: "PUBLISHED", topics: { some: { topicId } } },
    });
    expect(real).toBe(8);
  });
});
