import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listMyArticles, STUDIO_GROUP_LIMIT } from "@/lib/articles/list-my-articles";
import {
  listMyArticlesWithStatus,
  STUDIO_PAGE_SIZE,
} from "@/lib/articles/list-my-articles-with-status";
import { createArticle, createUser } from "@/test/factories";
import { asActor } from "@/test/review-fixtures";

describe("the studio's status pages", () => {
  it("page through one status group, newest change first, with no repeats or gaps", async () => {
    const writer = await createUser({ tier: "WRITER" });
    const other = await createUser({ tier: "WRITER" });
    const count = STUDIO_PAGE_SIZE + 7;
    for (let i = 0; i < count; i++)
      // Pairs share a change time: the id breaks the tie, in the order and in the cursor.
      await createArticle({
        status: "DRAFT",
        writerId: writer.id,
        columns: { updatedAt: new Date(Date.UTC(2026, 0, 1, 0, Math.floor(i / 2))) },
      });
    await createArticle({ status: "DRAFT", writerId: other.id });

    const overview = await listMyArticles(asActor(writer));
    const drafts = overview.find((group) => group.status === "DRAFT");
    expect(drafts?.count).toBe(count);
    expect(drafts?.articles).toHaveLength(STUDIO_GROUP_LIMIT);

    const first = await listMyArticlesWithStatus(asActor(writer), "DRAFT");
    expect(first).toMatchObject({ count, continued: false });
    expect(first.articles).toHaveLength(STUDIO_PAGE_SIZE);
    // A save in between moves one article to the top; the next page neither repeats nor skips.
    await db.article.update({
      where: { id: first.articles[10].id },
      data: { updatedAt: new Date(Date.UTC(2026, 5, 1)) },
    });
    const second = await listMyArticlesWithStatus(asActor(writer), "DRAFT", first.next);
    expect(second.continued).toBe(true);
    expect(second.next).toBeUndefined();
    const seen = [...first.articles, ...second.articles].map((a) => a.id);
    expect(new Set(seen).size).toBe(count);

    const expected = await db.article.findMany({
      where: { writerId: writer.id },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(second.articles.map((a) => a.id)).toEqual(
      expected.map((row) => row.id).slice(STUDIO_PAGE_SIZE),
    );
  });

  it("never follows another writer's article as a cursor", async () => {
    const writer = await createUser({ tier: "WRITER" });
    const stranger = await createArticle({ status: "DRAFT" });
    await createArticle({ status: "DRAFT", writerId: writer.id });
    const page = await listMyArticlesWithStatus(asActor(writer), "DRAFT", stranger.id);
    expect(page.continued).toBe(false);
    expect(page.articles.map((a) => a.title)).not.toContain(stranger.title);
  });

  it("refuses a visitor", async () => {
    await expect(listMyArticlesWithStatus(null, "DRAFT")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
});
