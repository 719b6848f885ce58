import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { addCorrection } from "@/lib/articles/publication/add-correction";
import { createArticle, createUser } from "@/test/factories";

const asActor = (u: {
  id: string;
  role: Actor["role"];
  tier: Actor["tier"];
  suspendedAt: Date | null;
}): Actor => ({ id: u.id, role: u.role, tier: u.tier, suspendedAt: u.suspendedAt });
const NOTE = "Versi sebelumnya menyebut jumlah korban 12 orang; yang benar 21 orang.";

let editor: Actor;

beforeEach(async () => {
  editor = asActor(await createUser({ role: "EDITOR" }));
});

describe("addCorrection", () => {
  it("appends dated correction notes, never overwriting, marks the article updated and audits each", async () => {
    const article = await createArticle();
    const before = Date.now();
    const result = await addCorrection(editor, article.id, { note: NOTE });
    expect(result.tags).toEqual(["articles", `article:${article.id}`]);

    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    const [first] = await db.articlePublicChange.findMany({ where: { articleId: article.id } });
    expect(first).toMatchObject({ kind: "CORRECTION", note: NOTE, authorId: editor.id });
    expect(first.createdAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(stored.contentUpdatedAt).toEqual(first.createdAt);
    expect(stored.version).toBe(article.version);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: article.id, action: "article.correction" },
    });
    expect(audit).toMatchObject({
      actorId: editor.id,
      after: { correctionId: first.id, note: NOTE },
    });

    const SECOND = "Ralat kedua: nama kecamatan yang benar adalah Cilandak.";
    await addCorrection(editor, article.id, { note: SECOND });
    const log = await db.articlePublicChange.findMany({
      where: { articleId: article.id },
      orderBy: { createdAt: "asc" },
    });
    expect(log.map((c) => c.note)).toEqual([NOTE, SECOND]);
    expect(
      await db.auditLog.count({ where: { targetId: article.id, action: "article.correction" } }),
    ).toBe(2);
  });

  it("refuses an empty note and articles that are not published", async () => {
    const article = await createArticle();
    await expect(addCorrection(editor, article.id, { note: "  " })).rejects.toMatchObject({
      name: "ZodError",
    });
    const submitted = await createArticle({ status: "SUBMITTED" });
    await expect(addCorrection(editor, submitted.id, { note: NOTE })).rejects.toMatchObject({
      code: "INVALID",
    });
    const draft = await createArticle({ status: "DRAFT" });
    await expect(addCorrection(editor, draft.id, { note: NOTE })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await db.articlePublicChange.count({
        where: { articleId: { in: [article.id, submitted.id, draft.id] } },
      }),
    ).toBe(0);
  });

  it("refuses anyone but an active editor, the writer included, and changes nothing", async () => {
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
      await expect(addCorrection(actor, article.id, { note: NOTE }), who).rejects.toMatchObject({
        code,
      });
    }
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.contentUpdatedAt).toBeNull();
    expect(await db.articlePublicChange.count({ where: { articleId: article.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { targetId: article.id } })).toBe(0);
  });
});
