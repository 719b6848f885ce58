import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { documentJson } from "@/lib/articles/document-schema";
import { documentText } from "@/lib/articles/render-document";
import { db } from "@/lib/db";
import { listRevisions } from "@/lib/articles/revisions/list-revisions";
import { restoreRevision } from "@/lib/articles/revisions/restore-revision";
import { createArticle, createUser, paragraphsDocument } from "@/test/factories";

const asActor = (u: {
  id: string;
  role: Actor["role"];
  tier: Actor["tier"];
  suspendedAt: Date | null;
}): Actor => ({ id: u.id, role: u.role, tier: u.tier, suspendedAt: u.suspendedAt });

const FIRST =
  "Warga Kampung Pulo membersihkan sungai setiap Minggu pagi.\n\nKegiatan ini sudah berjalan tiga tahun.";
const SECOND =
  "Warga Kampung Pulo membersihkan Sungai Ciliwung setiap Minggu pagi.\n\nKegiatan ini sudah berjalan tiga tahun.";

let editor: Actor;
let writer: Actor;

/** A published article with the writer's submitted version 1 and the editor's edited version 2 (current). */
async function articleWithTwoRevisions() {
  const article = await createArticle({
    title: "Judul dari penulis",
    bodyText: FIRST,
    writerId: writer.id,
  });
  await db.revision.create({
    data: {
      articleId: article.id,
      version: 1,
      authorId: writer.id,
      title: "Judul dari penulis",
      subtitle: "",
      body: documentJson(paragraphsDocument(FIRST)),
      note: "Dikirim untuk review",
    },
  });
  const body = paragraphsDocument(SECOND);
  await db.article.update({
    where: { id: article.id },
    data: {
      title: "Judul dari editor",
      body: documentJson(body),
      bodyText: documentText(body),
      version: 2,
      lastEditedById: editor.id,
    },
  });
  await db.revision.create({
    data: {
      articleId: article.id,
      version: 2,
      authorId: editor.id,
      title: "Judul dari editor",
      subtitle: "",
      body: documentJson(body),
      note: "Disunting editor",
    },
  });
  const revisions = await db.revision.findMany({
    where: { articleId: article.id },
    orderBy: { version: "asc" },
  });
  return { id: article.id, first: revisions[0], second: revisions[1] };
}

beforeEach(async () => {
  editor = asActor(await createUser({ role: "EDITOR" }));
  writer = asActor(await createUser({ tier: "WRITER" }));
});

describe("listRevisions", () => {
  it("lists versions newest first with author, note and a word diff against the previous one", async () => {
    const { id } = await articleWithTwoRevisions();
    const history = await listRevisions(editor, id);
    expect(history.canRestore).toBe(true);
    expect(history.article).toMatchObject({ id, title: "Judul dari editor", version: 2 });
    expect(history.revisions.map((r) => [r.version, r.note, r.isCurrent])).toEqual([
      [2, "Disunting editor", true],
      [1, "Dikirim untuk review", false],
    ]);
    const [latest, first] = history.revisions;
    expect(latest.authorName).toMatch(/^Penulis /);
    expect(first.changes).toBeNull();
    expect(latest.changes?.subtitle).toBeNull();
    expect(latest.changes?.title?.filter((p) => p.type !== "equal")).toEqual([
      { type: "delete", text: "penulis" },
      { type: "insert", text: "editor" },
    ]);
    expect(latest.changes?.body?.filter((p) => p.type !== "equal")).toEqual([
      { type: "delete", text: "sungai" },
      { type: "insert", text: "Sungai Ciliwung" },
    ]);
  });

  it("is for editors only", async () => {
    const { id } = await articleWithTwoRevisions();
    await expect(listRevisions(null, id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listRevisions(writer, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      listRevisions(asActor(await createUser({ role: "EDITOR", suspendedAt: new Date() })), id),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listRevisions(editor, "tidak-ada")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("restoreRevision", () => {
  it("restores as a new version with a new revision, keeps history and audits it", async () => {
    const { id, first } = await articleWithTwoRevisions();
    const result = await restoreRevision(editor, id, { revisionId: first.id, expectedVersion: 2 });
    expect(result).toEqual({ version: 3, tags: ["articles", `article:${id}`] });

    const stored = await db.article.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      title: "Judul dari penulis",
      version: 3,
      lastEditedById: editor.id,
      bodyText: FIRST,
    });
    expect(stored.bodyHtml).toContain(
      "<p>Warga Kampung Pulo membersihkan sungai setiap Minggu pagi.</p>",
    );
    expect(stored.contentUpdatedAt).toBeInstanceOf(Date);
    const revisions = await db.revision.findMany({
      where: { articleId: id },
      orderBy: { version: "asc" },
      select: { version: true, title: true, note: true, authorId: true },
    });
    expect(revisions).toEqual([
      {
        version: 1,
        title: "Judul dari penulis",
        note: "Dikirim untuk review",
        authorId: writer.id,
      },
      { version: 2, title: "Judul dari editor", note: "Disunting editor", authorId: editor.id },
      {
        version: 3,
        title: "Judul dari penulis",
        note: "Dipulihkan dari versi 1",
        authorId: editor.id,
      },
    ]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: id, action: "article.restore_revision" },
    });
    expect(audit).toMatchObject({
      actorId: editor.id,
      before: { version: 2 },
      after: { version: 3, restoredFromVersion: 1 },
    });
    expect(
      (await listRevisions(editor, id)).revisions.map((r) => [r.version, r.isCurrent]),
    ).toEqual([
      [3, true],
      [2, false],
      [1, false],
    ]);
  });

  it("first keeps content that no revision holds yet", async () => {
    const { id, first } = await articleWithTwoRevisions();
    const body = paragraphsDocument("Suntingan yang belum pernah jadi revisi.");
    await db.article.update({
      where: { id },
      data: { title: "Judul terakhir", body: documentJson(body), version: 3 },
    });
    await restoreRevision(editor, id, { revisionId: first.id, expectedVersion: 3 });
    const revisions = await db.revision.findMany({
      where: { articleId: id },
      orderBy: { version: "asc" },
      select: { version: true, title: true, note: true },
    });
    expect(revisions.slice(2)).toEqual([
      { version: 3, title: "Judul terakhir", note: "Sebelum pemulihan" },
      { version: 4, title: "Judul dari penulis", note: "Dipulihkan dari versi 1" },
    ]);
  });

  it("refuses a stale version, the current content and another article's revision", async () => {
    const { id, first, second } = await articleWithTwoRevisions();
    const other = await articleWithTwoRevisions();
    await expect(
      restoreRevision(editor, id, { revisionId: first.id, expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      restoreRevision(editor, id, { revisionId: second.id, expectedVersion: 2 }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      restoreRevision(editor, id, { revisionId: other.first.id, expectedVersion: 2 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).version).toBe(2);
    expect(await db.revision.count({ where: { articleId: id } })).toBe(2);
  });

  it("refuses anyone but an active editor, the writer included, and changes nothing", async () => {
    const { id, first } = await articleWithTwoRevisions();
    const refused: [string, Actor | null, string][] = [
      ["anonymous", null, "UNAUTHENTICATED"],
      ["the writer", writer, "FORBIDDEN"],
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
        restoreRevision(actor, id, { revisionId: first.id, expectedVersion: 2 }),
        who,
      ).rejects.toMatchObject({ code });
    }
    expect(
      await db.article.findUniqueOrThrow({ where: { id }, select: { title: true, version: true } }),
    ).toEqual({ title: "Judul dari editor", version: 2 });
    expect(await db.revision.count({ where: { articleId: id } })).toBe(2);
    expect(await db.auditLog.count({ where: { targetId: id } })).toBe(0);
  });

  it("refuses a writer's draft even for editors", async () => {
    const article = await createArticle({ status: "DRAFT", writerId: writer.id });
    const revision = await db.revision.create({
      data: {
        articleId: article.id,
        version: 1,
        authorId: writer.id,
        title: "Lama",
        subtitle: "",
        body: documentJson(paragraphsDocument("Lama.")),
      },
    });
    await expect(
      restoreRevision(editor, article.id, { revisionId: revision.id, expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
