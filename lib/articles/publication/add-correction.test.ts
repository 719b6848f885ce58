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
  it("publishes a dated correction note, marks the article updated and audits it", async () => {
    const article = await createArticle();
    const before = Date.now();
    const result = await addCorrection(editor, article.id, { note: NOTE });
    expect(result.tags).toEqual(["articles", `article:${article.id}`]);

    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.correctionNote).toBe(NOTE);
    expect(stored.correctionAt!.getTime()).toBeGreaterThanOrEqual(before);
    expect(stored.contentUpdatedAt).toEqual(stored.correctionAt);
    expect(stored.version).toBe(article.version);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: article.id, action: "article.correction" },
    });
    expect(audit).toMatchObject({
      actorId: editor.id,
      before: { correctionNote: null },
      after: { correctionNote: NOTE },
    });

    await addCorrection(editor, article.id, {
      note: "Ralat kedua: nama kecamatan yang benar adalah Cilandak.",
    });
    const second = await db.auditLog.findFirstOrThrow({
      where: { targetId: article.id, action: "article.correction" },
      orderBy: { id: "desc" },
    });
    expect(second.before).toMatchObject({ correctionNote: NOTE });
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
    for (const id of [article.id, submitted.id, draft.id]) {
      expect((await db.article.findUniqueOrThrow({ where: { id } })).correctionNote).toBeNull();
    }
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
    expect([stored.correctionNote, stored.correctionAt, stored.contentUpdatedAt]).toEqual([
      null,
      null,
      null,
    ]);
    expect(await db.auditLog.count({ where: { targetId: article.id } })).toBe(0);
  });
});
