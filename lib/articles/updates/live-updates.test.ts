import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getArticleForEditing } from "@/lib/articles/get-article-for-editing";
import { saveDraft } from "@/lib/articles/save-draft";
import { discardUpdate } from "@/lib/articles/updates/discard-update";
import { publishUpdate } from "@/lib/articles/updates/publish-update";
import { createArticle, createUser, paragraphsDocument } from "@/test/factories";

const asActor = (u: { id: string; role: Actor["role"]; tier: Actor["tier"] }): Actor => ({
  id: u.id,
  role: u.role,
  tier: u.tier,
  suspendedAt: null,
});

function edit(
  article: { sectionId: string; title: string },
  expectedVersion: number,
  text: string,
  title = article.title,
) {
  return {
    expectedVersion,
    title,
    subtitle: "",
    datelineCity: "Jakarta",
    sectionId: article.sectionId,
    topicIds: [],
    proposedTopics: [],
    heroImageAlt: "",
    heroImageCaption: "",
    heroImageCredit: "",
    body: paragraphsDocument(text),
  };
}

async function setup() {
  const writerUser = await createUser({ tier: "WRITER" });
  const editor = asActor(await createUser({ role: "EDITOR" }));
  const other = asActor(await createUser({ role: "EDITOR" }));
  const article = await createArticle({
    writerId: writerUser.id,
    title: "Banjir Rendam Tiga Kecamatan",
    bodyText: "Banjir merendam tiga kecamatan sejak Senin pagi.",
  });
  return { writer: asActor(writerUser), editor, other, article };
}

describe("updating a published article", () => {
  it("keeps the live version until the update is published, then records a revision and the public note", async () => {
    const { editor, article } = await setup();
    const saved = await saveDraft(
      editor,
      article.id,
      edit(article, article.version, "Banjir merendam empat kecamatan sejak Senin pagi."),
    );
    expect(saved).toMatchObject({ version: article.version + 1, published: false });

    const live = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(live.bodyText).toBe("Banjir merendam tiga kecamatan sejak Senin pagi.");
    expect(live.version).toBe(article.version);
    const editing = await getArticleForEditing(editor, article.id);
    expect(editing.article.version).toBe(saved.version);
    expect(JSON.stringify(editing.article.body)).toContain("empat kecamatan");

    await expect(publishUpdate(editor, article.id, { kind: "UPDATE", note: "" })).rejects.toThrow(
      /minimal 10 karakter/,
    );
    const now = new Date("2030-01-02T03:04:05Z");
    const result = await publishUpdate(
      editor,
      article.id,
      { kind: "UPDATE", note: "Jumlah kecamatan terdampak bertambah menjadi empat." },
      now,
    );
    expect(result.version).toBe(saved.version + 1);
    expect(result.tags).toEqual(expect.arrayContaining(["articles", `article:${article.id}`]));

    const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after).toMatchObject({
      bodyText: "Banjir merendam empat kecamatan sejak Senin pagi.",
      version: result.version,
      contentUpdatedAt: now,
      slug: article.slug,
    });
    expect(await db.articlePendingUpdate.count({ where: { articleId: article.id } })).toBe(0);
    const revision = await db.revision.findFirstOrThrow({
      where: { articleId: article.id, version: result.version },
    });
    expect(revision).toMatchObject({
      authorId: editor.id,
      note: "Pembaruan: Jumlah kecamatan terdampak bertambah menjadi empat.",
    });
    const [change] = await db.articlePublicChange.findMany({ where: { articleId: article.id } });
    expect(change).toMatchObject({ kind: "UPDATE", version: result.version, createdAt: now });
    expect(change.beforeText).toContain("tiga kecamatan");
    expect(change.afterText).toContain("empat kecamatan");
    expect(
      await db.auditLog.count({
        where: { targetId: article.id, action: "article.update_published" },
      }),
    ).toBe(1);
  });

  it("a minor fix is a revision without a public note or a new update time", async () => {
    const { editor, article } = await setup();
    const saved = await saveDraft(
      editor,
      article.id,
      edit(article, article.version, "Banjir merendam tiga kecamatan sejak Senin pagi hari."),
    );
    const result = await publishUpdate(editor, article.id, { kind: "MINOR" });
    const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after.contentUpdatedAt).toBeNull();
    expect(after.version).toBe(saved.version + 1);
    expect(await db.articlePublicChange.count({ where: { articleId: article.id } })).toBe(0);
    expect(
      (
        await db.revision.findFirstOrThrow({
          where: { articleId: article.id, version: result.version },
        })
      ).note,
    ).toBe("Perbaikan kecil");
  });

  it("a stale save is a CONFLICT carrying the current update; a moved live version refuses to publish", async () => {
    const { editor, other, article } = await setup();
    const first = await saveDraft(
      editor,
      article.id,
      edit(article, article.version, "Versi editor pertama."),
    );
    const second = await saveDraft(
      other,
      article.id,
      edit(article, first.version, "Versi editor kedua."),
    );
    const stale = saveDraft(
      editor,
      article.id,
      edit(article, first.version, "Versi basi editor pertama."),
    );
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(stale).rejects.toMatchObject({
      details: { current: { version: second.version } },
    });
    const conflict: unknown = await stale.catch((e: unknown) => e);
    expect(JSON.stringify(conflict instanceof AppError && conflict.details)).toContain(
      "editor kedua",
    );

    // The live article moves on under the pending update (a restore, another server's publish).
    await db.article.update({ where: { id: article.id }, data: { version: { increment: 5 } } });
    await expect(
      publishUpdate(editor, article.id, {
        kind: "CORRECTION",
        note: "Ralat yang sudah basi sekali.",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const live = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(live.bodyText).toBe("Banjir merendam tiga kecamatan sejak Senin pagi.");
    // The stale update is set aside: editing starts again from the live version.
    expect((await getArticleForEditing(editor, article.id)).article.version).toBe(live.version);
    await expect(
      saveDraft(editor, article.id, edit(article, second.version, "x")),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await saveDraft(
      editor,
      article.id,
      edit(article, live.version, "Mulai lagi dari versi terbit."),
    );
  });

  it("a new slug keeps the old address redirecting", async () => {
    const { editor, article } = await setup();
    await saveDraft(
      editor,
      article.id,
      edit(article, article.version, "Isi baru.", "Banjir Rendam Empat Kecamatan di Bekasi"),
    );
    const result = await publishUpdate(editor, article.id, {
      kind: "UPDATE",
      note: "Judul diperbarui sesuai perkembangan.",
      renameSlug: true,
    });
    const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after.slug).toBe("banjir-rendam-empat-kecamatan-di-bekasi");
    expect(result.oldPath).not.toBe(result.path);
    expect(
      await db.slugRedirect.findUnique({
        where: { kind_oldSlug: { kind: "ARTICLE", oldSlug: article.slug } },
      }),
    ).toMatchObject({ targetId: article.id });
  });

  it("only the desk updates a live article; the writer and anonymous are refused", async () => {
    const { writer, editor, article } = await setup();
    await expect(
      saveDraft(writer, article.id, edit(article, article.version, "Penulis mengubah sendiri.")),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(publishUpdate(writer, article.id, { kind: "MINOR" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(publishUpdate(null, article.id, { kind: "MINOR" })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(publishUpdate(editor, article.id, { kind: "MINOR" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await saveDraft(editor, article.id, edit(article, article.version, "Dibuang nanti."));
    await discardUpdate(editor, article.id);
    expect(await db.articlePendingUpdate.count({ where: { articleId: article.id } })).toBe(0);
  });
});
