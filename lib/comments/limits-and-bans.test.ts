import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { banCommenter } from "@/lib/comments/ban-commenter";
import { postComment } from "@/lib/comments/post-comment";
import { arrangeArticle, createReader } from "@/lib/comments/test-helpers";
import { resetDatabase } from "@/test/factories";

beforeEach(resetDatabase);

const ip = (n: number) => ({ ip: `198.51.100.${n}` });

describe("comment rate limits", () => {
  it("allows five comments a minute per account, then answers with a wait time", async () => {
    const { article } = await arrangeArticle();
    const reader = await createReader();
    for (let i = 0; i < 5; i++)
      await postComment(reader, article.id, { body: `Cepat ${i}` }, ip(i + 1));
    // A new address does not help: the account is counted too.
    const refused = postComment(reader, article.id, { body: "Keenam" }, ip(99));
    await expect(refused).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("Tunggu"),
      details: { retryAfterSeconds: expect.any(Number) },
    });
    expect(await db.comment.count()).toBe(5);
  });

  it("counts per address across accounts", async () => {
    const { article } = await arrangeArticle();
    for (let i = 0; i < 5; i++)
      await postComment(await createReader(), article.id, { body: `Satu ${i}` }, ip(7));
    await expect(
      postComment(await createReader(), article.id, { body: "Lagi" }, ip(7)),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("allows fifty a day: an old minute window does not reset the daily count", async () => {
    const { article } = await arrangeArticle();
    const reader = await createReader();
    // Fifty comments in ten bursts, each burst's minute window moved into the past.
    for (let i = 0; i < 10; i++) {
      await db.$executeRaw`UPDATE "RateLimit" SET "windowStart" = now() - interval '2 minutes' WHERE key LIKE 'comment:min:%'`;
      for (let j = 0; j < 5; j++)
        await postComment(reader, article.id, { body: `Hari ${i}-${j}` }, ip(20 + i));
    }
    await db.$executeRaw`UPDATE "RateLimit" SET "windowStart" = now() - interval '2 minutes' WHERE key LIKE 'comment:min:%'`;
    await expect(postComment(reader, article.id, { body: "Ke-51" }, ip(40))).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("Batas harian"),
    });
  });
});

describe("comment bans", () => {
  it("refuses a banned member with the reason and end, and lets them back after it", async () => {
    const { article, editor } = await arrangeArticle();
    const spammer = await createReader();
    const held = await postComment(spammer, article.id, { body: "Promo murah" }, ip(1));
    await banCommenter(editor, { userId: spammer.id, days: "7", reason: "Spam berulang" });
    // Their waiting comments go with the ban.
    expect((await db.comment.findUniqueOrThrow({ where: { id: held.id } })).status).toBe("REMOVED");
    await expect(postComment(spammer, article.id, { body: "Lagi" }, ip(2))).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/sampai .* WIB\. Alasan: Spam berulang/),
      details: { reason: "BANNED", until: expect.any(String) },
    });
    // The ban ends: pretend it was given eight days ago.
    await db.commentBan.updateMany({
      where: { userId: spammer.id },
      data: { until: new Date(Date.now() - 1000) },
    });
    await expect(
      postComment(spammer, article.id, { body: "Kembali" }, ip(3)),
    ).resolves.toMatchObject({ status: "HELD" });
    const audit = await db.auditLog.findFirst({
      where: { targetId: spammer.id, action: "comment.ban" },
    });
    expect(audit?.actorId).toBe(editor.id);
  });

  it("keeps a permanent ban, and only editors ban (not themselves)", async () => {
    const { article, editor, writer } = await arrangeArticle();
    const reader = await createReader();
    await expect(
      banCommenter(writer, { userId: reader.id, days: "permanent", reason: "Tidak suka" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      banCommenter(editor, { userId: editor.id, days: "1", reason: "Uji coba" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await banCommenter(editor, {
      userId: reader.id,
      days: "permanent",
      reason: "Ujaran kebencian",
    });
    await expect(postComment(reader, article.id, { body: "Halo" }, ip(5))).rejects.toMatchObject({
      message: expect.stringContaining("permanen"),
      details: { until: null },
    });
  });
});
