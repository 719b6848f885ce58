import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { approveComment } from "@/lib/comments/approve-comment";
import { deleteComment } from "@/lib/comments/delete-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { hideComment } from "@/lib/comments/hide-comment";
import { listArticleComments } from "@/lib/comments/list-article-comments";
import { postComment } from "@/lib/comments/post-comment";
import { removeComment } from "@/lib/comments/remove-comment";
import { reportComment } from "@/lib/comments/report-comment";
import { arrangeArticle, createReader, IP } from "@/lib/comments/test-helpers";
import { resetDatabase } from "@/test/factories";

// The data cache needs a Next server; here the loader runs straight through.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: () => Promise<T>) => fn }));

beforeEach(resetDatabase);

const notificationsOf = (userId: string) =>
  db.notification.findMany({ where: { userId }, select: { type: true, data: true } });

describe("a comment's life", () => {
  it("notifies the writer when it appears and the commenter of a reply and a removal", async () => {
    const { article, writer, editor } = await arrangeArticle();
    const reader = await createReader();
    const first = await postComment(reader, article.id, { body: "Tulisan bagus" }, IP);
    expect(await notificationsOf(writer.id)).toEqual([]);
    await approveComment(editor, first.id);
    expect(await notificationsOf(writer.id)).toEqual([
      expect.objectContaining({ type: "comment.received" }),
    ]);
    // The writer answers: trusted by role, published at once; the reader hears of it.
    await postComment(writer, article.id, { body: "Terima kasih", parentId: first.id }, IP);
    expect(await notificationsOf(reader.id)).toEqual([
      expect.objectContaining({ type: "comment.replied" }),
    ]);
    await removeComment(editor, first.id, { reason: "Melanggar pedoman komunitas" });
    const removed = (await notificationsOf(reader.id)).find((n) => n.type === "comment.removed");
    expect(removed?.data).toMatchObject({ reason: "Melanggar pedoman komunitas" });
    const audit = await db.auditLog.findMany({ where: { targetId: first.id } });
    expect(audit.map((a) => a.action).sort()).toEqual(["comment.approve", "comment.remove"]);
  });

  it("keeps replies one level deep", async () => {
    const { article, writer } = await arrangeArticle();
    const top = await postComment(writer, article.id, { body: "Atas" }, IP);
    const reply = await postComment(writer, article.id, { body: "Balas", parentId: top.id }, IP);
    const deeper = await postComment(writer, article.id, { body: "Lagi", parentId: reply.id }, IP);
    expect((await db.comment.findUniqueOrThrow({ where: { id: deeper.id } })).parentId).toBe(
      top.id,
    );
  });

  it("lets the author edit for ten minutes, marked as edited, and not after", async () => {
    const { article, writer } = await arrangeArticle();
    const other = await createReader();
    const posted = await postComment(writer, article.id, { body: "Salah ketk" }, IP);
    await expect(editComment(other, posted.id, { body: "Bukan milik saya" })).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    await editComment(writer, posted.id, { body: "Salah ketik" });
    const edited = await db.comment.findUniqueOrThrow({ where: { id: posted.id } });
    expect(edited.body).toBe("Salah ketik");
    expect(edited.editedAt).toBeInstanceOf(Date);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 11 * 60 * 1000);
    try {
      await expect(editComment(writer, posted.id, { body: "Terlambat" })).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: expect.stringContaining("10 menit"),
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it("deletes one's own comment, leaving a placeholder while it has replies", async () => {
    const { article, writer, editor } = await arrangeArticle();
    const reader = await createReader({ role: "EDITOR" });
    const top = await postComment(reader, article.id, { body: "Pertanyaan saya" }, IP);
    await postComment(writer, article.id, { body: "Jawaban", parentId: top.id }, IP);
    const lone = await postComment(reader, article.id, { body: "Sendiri" }, IP);
    await expect(deleteComment(editor, top.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteComment(reader, top.id);
    await deleteComment(reader, lone.id);
    const thread = await listArticleComments(article.id);
    expect(thread?.comments).toHaveLength(1);
    expect(thread?.comments[0]).toMatchObject({ body: null, gone: "DELETED", author: null });
    expect(thread?.comments[0].replies).toEqual([expect.objectContaining({ body: "Jawaban" })]);
    expect(thread?.count).toBe(1);
    expect((await db.comment.findUniqueOrThrow({ where: { id: top.id } })).body).toBe("");
  });

  it("hides a comment after three distinct reports, until a moderator approves it", async () => {
    const { article, writer, editor } = await arrangeArticle();
    const posted = await postComment(writer, article.id, { body: "Pendapat saya" }, IP);
    const reporters = [await createReader(), await createReader(), await createReader()];
    await reportComment(reporters[0], posted.id, { reason: "SPAM" }, IP);
    await expect(
      reportComment(reporters[0], posted.id, { reason: "HOAX" }, IP),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(reportComment(writer, posted.id, { reason: "SPAM" }, IP)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const second = await reportComment(reporters[1], posted.id, { reason: "SARA" }, IP);
    expect(second.hidden).toBe(false);
    const third = await reportComment(reporters[2], posted.id, { reason: "HARASSMENT" }, IP);
    expect(third.hidden).toBe(true);
    expect((await db.comment.findUniqueOrThrow({ where: { id: posted.id } })).status).toBe(
      "HIDDEN",
    );
    await approveComment(editor, posted.id);
    const back = await db.comment.findUniqueOrThrow({ where: { id: posted.id } });
    expect(back).toMatchObject({ status: "PUBLISHED", reportCount: 0 });
    expect(await db.commentReport.count({ where: { resolvedAt: null } })).toBe(0);
  });

  it("lets the writer hide comments on their own article only, and never moderate", async () => {
    const { article, writer, editor } = await arrangeArticle();
    const other = await arrangeArticle();
    const commenter = await createReader({ role: "EDITOR" });
    const here = await postComment(commenter, article.id, { body: "Di sini" }, IP);
    const there = await postComment(commenter, other.article.id, { body: "Di sana" }, IP);
    await expect(hideComment(writer, there.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await hideComment(writer, here.id);
    expect((await db.comment.findUniqueOrThrow({ where: { id: here.id } })).status).toBe("HIDDEN");
    await expect(approveComment(writer, here.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeComment(writer, here.id, { reason: "Tidak suka" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await approveComment(editor, here.id);
  });
});
