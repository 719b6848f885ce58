import { beforeEach, describe, expect, it } from "vitest";
import { arrangeArticle, createReader } from "@/lib/comments/test-helpers";
import { countReactions } from "@/lib/reactions/count-reactions";
import { getMyReaction } from "@/lib/reactions/get-my-reaction";
import { setReaction } from "@/lib/reactions/set-reaction";
import { db } from "@/lib/db";
import { createArticle, resetDatabase } from "@/test/factories";

beforeEach(resetDatabase);

const browser = { ip: "203.0.113.77", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/140" };

describe("reactions", () => {
  it("keeps one changeable reaction per reader and per anonymous visitor", async () => {
    const { article } = await arrangeArticle();
    const [a, b] = [await createReader(), await createReader()];
    await setReaction(a, article.id, { kind: "SUKA" }, browser);
    await setReaction(b, article.id, { kind: "SUKA" }, browser);
    await setReaction(b, article.id, { kind: "SEDIH" }, browser);
    await setReaction(null, article.id, { kind: "LUCU" }, browser);
    // The same anonymous visitor again: changes, does not add.
    await setReaction(null, article.id, { kind: "TERINSPIRASI" }, browser);
    expect(await countReactions(article.id)).toEqual({
      SUKA: 1,
      TERINSPIRASI: 1,
      SEDIH: 1,
      MARAH: 0,
      LUCU: 0,
    });
    expect(await getMyReaction(null, article.id, browser)).toBe("TERINSPIRASI");
    expect(await getMyReaction(null, article.id, { ...browser, ip: "203.0.113.78" })).toBeNull();
    expect(await getMyReaction(b, article.id, browser)).toBe("SEDIH");
    // Choosing the same again takes it back.
    expect((await setReaction(a, article.id, { kind: "SUKA" }, browser)).mine).toBeNull();
    expect((await countReactions(article.id)).SUKA).toBe(0);
    const stored = await db.reaction.findMany({ select: { visitorHash: true } });
    expect(JSON.stringify(stored)).not.toContain(browser.ip);
  });

  it("refuses unknown kinds, bots and unpublished articles", async () => {
    const { article } = await arrangeArticle();
    await expect(setReaction(null, article.id, { kind: "CINTA" }, browser)).rejects.toMatchObject({
      name: "ZodError",
    });
    await expect(
      setReaction(null, article.id, { kind: "SUKA" }, { ...browser, userAgent: "Googlebot/2.1" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const draft = await createArticle({ status: "DRAFT" });
    await expect(setReaction(null, draft.id, { kind: "SUKA" }, browser)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(
      setReaction(await createReader(), draft.id, { kind: "SUKA" }, browser),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
