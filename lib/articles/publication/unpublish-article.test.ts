import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { unpublishArticle } from "@/lib/articles/publication/unpublish-article";
import { createArticle, createUser } from "@/test/factories";

const asActor = (u: {
  id: string;
  role: Actor["role"];
  tier: Actor["tier"];
  suspendedAt: Date | null;
}): Actor => ({ id: u.id, role: u.role, tier: u.tier, suspendedAt: u.suspendedAt });
const REASON = "Narasumber mencabut pernyataannya dan fakta utama tidak dapat diverifikasi.";

let editor: Actor;

beforeEach(async () => {
  editor = asActor(await createUser({ role: "EDITOR" }));
});

describe("unpublishArticle", () => {
  it("withdraws the article with its reason, audits it and tells the writer", async () => {
    const writer = await createUser({ tier: "WRITER" });
    const article = await createArticle({ writerId: writer.id });
    await db.article.update({
      where: { id: article.id },
      data: { featured: true, featuredAt: new Date() },
    });

    const result = await unpublishArticle(editor, article.id, { reason: `  ${REASON}  ` });
    expect(result.tags).toEqual(["articles", `article:${article.id}`, `writer:${writer.id}`]);

    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({
      status: "UNPUBLISHED",
      unpublishReason: REASON,
      featured: false,
      version: article.version + 1,
    });
    expect(stored.unpublishedAt).toBeInstanceOf(Date);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: article.id, action: "article.unpublish" },
    });
    expect(audit).toMatchObject({
      actorId: editor.id,
      before: { status: "PUBLISHED" },
      after: { status: "UNPUBLISHED", unpublishReason: REASON },
    });
    const notification = await db.notification.findFirstOrThrow({
      where: { userId: writer.id, type: "article.unpublished" },
    });
    expect(notification.data).toEqual({
      articleId: article.id,
      title: article.title,
      reason: REASON,
    });
    const email = await db.outboxEmail.findFirstOrThrow({
      where: { to: writer.email },
      orderBy: { createdAt: "desc" },
    });
    expect(email.text).toContain(REASON);
  });

  it("requires a reason and refuses an article that is not published", async () => {
    const article = await createArticle();
    await expect(unpublishArticle(editor, article.id, { reason: "   " })).rejects.toMatchObject({
      name: "ZodError",
    });
    await expect(unpublishArticle(editor, article.id, {})).rejects.toMatchObject({
      name: "ZodError",
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe(
      "PUBLISHED",
    );

    const submitted = await createArticle({ status: "SUBMITTED" });
    await expect(unpublishArticle(editor, submitted.id, { reason: REASON })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await unpublishArticle(editor, article.id, { reason: REASON });
    await expect(unpublishArticle(editor, article.id, { reason: REASON })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await db.auditLog.count({ where: { targetId: article.id, action: "article.unpublish" } }),
    ).toBe(1);
  });

  it("refuses anyone but an active editor, the article's own writer included, and changes nothing", async () => {
    const writerUser = await createUser({ tier: "WRITER" });
    const article = await createArticle({ writerId: writerUser.id });
    const refused: [string, Actor | null, string][] = [
      ["anonymous", null, "UNAUTHENTICATED"],
      ["the writer", asActor(writerUser), "FORBIDDEN"],
      [
        "Verified Writer",
        asActor(await createUser({ tier: "VERIFIED", verifiedAt: new Date() })),
        "FORBIDDEN",
      ],
      [
        "suspended editor",
        asActor(await createUser({ role: "EDITOR", suspendedAt: new Date() })),
        "FORBIDDEN",
      ],
    ];
    for (const [who, actor, code] of refused) {
      await expect(
        unpublishArticle(actor, article.id, { reason: REASON }),
        who,
      ).rejects.toMatchObject({ code });
    }
    expect(
      await db.article.findUniqueOrThrow({
        where: { id: article.id },
        select: { status: true, unpublishReason: true },
      }),
    ).toEqual({ status: "PUBLISHED", unpublishReason: null });
    expect(await db.auditLog.count({ where: { targetId: article.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: writerUser.id } })).toBe(0);
  });
});
