import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { featureArticle } from "@/lib/articles/publication/feature-article";
import { createArticle, createUser } from "@/test/factories";

const asActor = (u: {
  id: string;
  role: Actor["role"];
  tier: Actor["tier"];
  suspendedAt: Date | null;
}): Actor => ({ id: u.id, role: u.role, tier: u.tier, suspendedAt: u.suspendedAt });

let editor: Actor;
let refused: [string, Actor | null, string][];

beforeEach(async () => {
  editor = asActor(await createUser({ role: "EDITOR" }));
  refused = [
    ["anonymous", null, "UNAUTHENTICATED"],
    ["writer", asActor(await createUser({ tier: "WRITER" })), "FORBIDDEN"],
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
});

const featuredState = (id: string) =>
  db.article.findUniqueOrThrow({ where: { id }, select: { featured: true, featuredAt: true } });

describe("featureArticle", () => {
  it("makes a published article the only headline, audits it, and un-features the previous one", async () => {
    const previous = await createArticle();
    await featureArticle(editor, previous.id, true);
    const article = await createArticle();
    const result = await featureArticle(editor, article.id, true);

    expect(result.tags).toEqual(["articles"]);
    expect(await featuredState(article.id)).toMatchObject({
      featured: true,
      featuredAt: expect.any(Date),
    });
    expect((await featuredState(previous.id)).featured).toBe(false);
    expect(await db.article.count({ where: { featured: true } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: article.id, action: "article.feature" },
    });
    expect(audit).toMatchObject({
      actorId: editor.id,
      after: { featured: true, replaced: [previous.id] },
    });
    expect(
      await db.auditLog.count({ where: { targetId: previous.id, action: "article.unfeature" } }),
    ).toBe(1);
  });

  it("un-features with an audit entry, and does nothing when there is nothing to change", async () => {
    const article = await createArticle();
    await featureArticle(editor, article.id, true);
    await featureArticle(editor, article.id, false);
    expect((await featuredState(article.id)).featured).toBe(false);
    expect(
      await db.auditLog.count({
        where: { targetId: article.id, action: "article.unfeature", actorId: editor.id },
      }),
    ).toBe(1);

    expect((await featureArticle(editor, article.id, false)).tags).toEqual([]);
    expect(
      await db.auditLog.count({ where: { targetId: article.id, action: "article.unfeature" } }),
    ).toBe(1);
  });

  it("refuses articles that are not published", async () => {
    for (const status of ["SUBMITTED", "UNPUBLISHED", "DRAFT"] as const) {
      const article = await createArticle({ status });
      await expect(featureArticle(editor, article.id, true)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      expect((await featuredState(article.id)).featured).toBe(false);
    }
    await expect(featureArticle(editor, "tidak-ada", true)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses anyone but an active editor and changes nothing", async () => {
    const featured = await createArticle();
    await featureArticle(editor, featured.id, true);
    const article = await createArticle();
    for (const [who, actor, code] of refused) {
      await expect(featureArticle(actor, article.id, true), who).rejects.toMatchObject({ code });
      await expect(featureArticle(actor, featured.id, false), who).rejects.toMatchObject({ code });
    }
    expect((await featuredState(article.id)).featured).toBe(false);
    expect((await featuredState(featured.id)).featured).toBe(true);
    expect(
      await db.auditLog.count({
        where: { targetId: { in: [article.id, featured.id] }, actorId: { not: editor.id } },
      }),
    ).toBe(0);
  });
});
