import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approveComment } from "@/lib/comments/approve-comment";
import { postComment } from "@/lib/comments/post-comment";
import { arrangeArticle, createReader, IP } from "@/lib/comments/test-helpers";
import { updateCommentSettings } from "@/lib/comments/update-comment-settings";
import { setArticleComments } from "@/lib/comments/set-article-comments";
import { resetDatabase } from "@/test/factories";
import { createArticle } from "@/test/factories";

beforeEach(resetDatabase);

describe("postComment moderation rules", () => {
  it("holds a member's first three comments, then publishes once three were approved", async () => {
    const { article, editor } = await arrangeArticle();
    const reader = await createReader();
    const held = [];
    for (let i = 0; i < 3; i++) {
      const posted = await postComment(reader, article.id, { body: `Komentar ke-${i + 1}` }, IP);
      expect(posted.status).toBe("HELD");
      held.push(posted.id);
    }
    // A fourth before any approval is still held: trust is earned, not counted.
    expect((await postComment(reader, article.id, { body: "Keempat" }, IP)).status).toBe("HELD");
    for (const id of held) await approveComment(editor, id);
    expect((await postComment(reader, article.id, { body: "Kelima" }, IP)).status).toBe(
      "PUBLISHED",
    );
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.commentCount).toBe(4);
  });

  it("holds more than two links and listed words even for trusted members", async () => {
    const { article, writer } = await arrangeArticle();
    // The writer of the article is trusted by role.
    const two = await postComment(
      writer,
      article.id,
      { body: "Sumber: https://a.example.id dan www.b.example.id" },
      IP,
    );
    expect(two.status).toBe("PUBLISHED");
    const three = await postComment(
      writer,
      article.id,
      { body: "https://a.example.id https://b.example.id https://c.example.id" },
      IP,
    );
    expect(three.status).toBe("HELD");
    expect((await db.comment.findUniqueOrThrow({ where: { id: three.id } })).heldReason).toBe(
      "LINKS",
    );
    const word = await postComment(writer, article.id, { body: "Dasar GOBLOK kamu" }, IP);
    expect(word.status).toBe("HELD");
    // Whole words only: "Babinsa" contains "babi" but is another word.
    expect(
      (await postComment(writer, article.id, { body: "Babinsa datang ke desa" }, IP)).status,
    ).toBe("PUBLISHED");
  });

  it("uses the word list edited on the desk instead of the shipped one", async () => {
    const { article, writer, editor } = await arrangeArticle();
    await updateCommentSettings(editor, { words: "# daftar redaksi\nkata terlarang\n" });
    expect((await postComment(writer, article.id, { body: "Dasar goblok" }, IP)).status).toBe(
      "PUBLISHED",
    );
    expect(
      (await postComment(writer, article.id, { body: "ini KATA   terlarang sekali" }, IP)).status,
    ).toBe("HELD");
  });

  it("keeps the text as typed and refuses empty, blank and over-long comments clearly", async () => {
    const { article } = await arrangeArticle();
    const reader = await createReader();
    const typed = '  <b>tebal</b>\n\nbaris baru & "kutip"  ';
    const posted = await postComment(reader, article.id, { body: typed }, IP);
    expect((await db.comment.findUniqueOrThrow({ where: { id: posted.id } })).body).toBe(typed);
    await expect(postComment(reader, article.id, { body: " \n\t " }, IP)).rejects.toMatchObject({
      issues: [expect.objectContaining({ message: expect.stringContaining("tidak boleh kosong") })],
    });
    await expect(
      postComment(reader, article.id, { body: "a".repeat(2001) }, IP),
    ).rejects.toMatchObject({
      issues: [expect.objectContaining({ message: expect.stringContaining("2.001") })],
    });
    expect(await db.comment.count()).toBe(1);
  });

  it("refuses unverified members, unpublished and closed articles with their reason", async () => {
    const { article, editor } = await arrangeArticle();
    const unverified = await createReader({ emailVerifiedAt: null });
    await expect(postComment(unverified, article.id, { body: "Halo" }, IP)).rejects.toMatchObject({
      code: "FORBIDDEN",
      details: { reason: "EMAIL_UNVERIFIED" },
    });
    const reader = await createReader();
    const draft = await createArticle({ status: "UNPUBLISHED" });
    await expect(postComment(reader, draft.id, { body: "Halo" }, IP)).rejects.toMatchObject({
      details: { reason: "ARTICLE_NOT_PUBLISHED" },
    });
    await setArticleComments(editor, article.id, { mode: "closed" });
    await expect(postComment(reader, article.id, { body: "Halo" }, IP)).rejects.toMatchObject({
      details: { reason: "COMMENTS_CLOSED" },
    });
    await setArticleComments(editor, article.id, { mode: "default" });
    await updateCommentSettings(editor, { closedByDefault: "on", words: "" });
    await expect(postComment(reader, article.id, { body: "Halo" }, IP)).rejects.toMatchObject({
      details: { reason: "COMMENTS_CLOSED" },
    });
    await setArticleComments(editor, article.id, { mode: "open" });
    await expect(postComment(reader, article.id, { body: "Halo" }, IP)).resolves.toMatchObject({
      status: "HELD",
    });
  });

  it("ignores an author id or role sent in the body, and refuses anonymous posts", async () => {
    const { article, editor } = await arrangeArticle();
    const reader = await createReader();
    const posted = await postComment(
      reader,
      article.id,
      { body: "Saya editor", authorId: editor.id, role: "EDITOR", status: "PUBLISHED" },
      IP,
    );
    const stored = await db.comment.findUniqueOrThrow({ where: { id: posted.id } });
    expect(stored).toMatchObject({ authorId: reader.id, status: "HELD" });
    await expect(postComment(null, article.id, { body: "Halo" }, IP)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
});
