import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { getArticleForEditing } from "@/lib/articles/get-article-for-editing";
import { getEditorChanges } from "@/lib/articles/get-editor-changes";
import { db } from "@/lib/db";
import { addEditorialNote } from "@/lib/articles/notes/add-editorial-note";
import { listEditorialNotes } from "@/lib/articles/notes/list-editorial-notes";
import { createArticle, createUser } from "@/test/factories";

const asActor = (u: {
  id: string;
  role: Actor["role"];
  tier: Actor["tier"];
  suspendedAt: Date | null;
}): Actor => ({ id: u.id, role: u.role, tier: u.tier, suspendedAt: u.suspendedAt });
const SECRET = "Cek ulang angka korban ke BPBD sebelum terbit; narasumber kedua belum menjawab.";

let editor: Actor;
let writer: Actor;
let articleId: string;

beforeEach(async () => {
  editor = asActor(await createUser({ role: "EDITOR" }));
  const writerUser = await createUser({ tier: "VERIFIED", verifiedAt: new Date() });
  writer = asActor(writerUser);
  articleId = (await createArticle({ status: "IN_REVIEW", writerId: writerUser.id })).id;
});

describe("editorial notes", () => {
  it("an editor adds notes, with an audit entry that does not copy the text, and lists them oldest first", async () => {
    const admin = asActor(await createUser({ role: "ADMIN" }));
    const first = await addEditorialNote(editor, articleId, { body: `  ${SECRET}  ` });
    await addEditorialNote(admin, articleId, { body: "Sudah saya cek: angka BPBD 21 orang." });

    const { article, notes } = await listEditorialNotes(editor, articleId);
    expect(article.id).toBe(articleId);
    expect(notes.map((n) => n.body)).toEqual([SECRET, "Sudah saya cek: angka BPBD 21 orang."]);
    expect(notes[0]).toMatchObject({
      id: first.id,
      authorName: expect.stringMatching(/^Penulis /),
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: articleId, action: "article.editorial_note", actorId: editor.id },
    });
    expect(audit.after).toEqual({ noteId: first.id });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain("BPBD");
  });

  it("refuses an empty note", async () => {
    await expect(addEditorialNote(editor, articleId, { body: "   " })).rejects.toMatchObject({
      name: "ZodError",
    });
    await expect(addEditorialNote(editor, "tidak-ada", { body: SECRET })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.editorialNote.count({ where: { articleId } })).toBe(0);
  });

  it("the article's own writer can neither read nor add notes, nor find them anywhere they can read", async () => {
    await addEditorialNote(editor, articleId, { body: SECRET });
    await expect(listEditorialNotes(writer, articleId)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      addEditorialNote(writer, articleId, { body: "Catatan palsu dari penulis" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(JSON.stringify(await getArticleForEditing(writer, articleId))).not.toContain("BPBD");
    expect(JSON.stringify(await getEditorChanges(writer, articleId))).not.toContain("BPBD");
  });

  it("refuses anonymous visitors, writers and suspended editors, and adds nothing", async () => {
    const refused: [string, Actor | null, string][] = [
      ["anonymous", null, "UNAUTHENTICATED"],
      ["writer", asActor(await createUser({ tier: "WRITER" })), "FORBIDDEN"],
      ["Verified Writer", writer, "FORBIDDEN"],
      [
        "suspended editor",
        asActor(await createUser({ role: "EDITOR", suspendedAt: new Date() })),
        "FORBIDDEN",
      ],
    ];
    for (const [who, actor, code] of refused) {
      await expect(addEditorialNote(actor, articleId, { body: SECRET }), who).rejects.toMatchObject(
        { code },
      );
      await expect(listEditorialNotes(actor, articleId), who).rejects.toMatchObject({ code });
    }
    expect(await db.editorialNote.count({ where: { articleId } })).toBe(0);
    expect(await db.auditLog.count({ where: { targetId: articleId } })).toBe(0);
  });
});
