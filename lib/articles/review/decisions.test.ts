import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimArticle } from "@/lib/articles/review/claim-article";
import { createSubmission, deskCast } from "@/test/review-fixtures";
import { rejectArticle } from "@/lib/articles/review/reject-article";
import { requestChanges } from "@/lib/articles/review/request-changes";
import { scheduleArticle } from "@/lib/articles/publication/schedule-article";

let cast: Awaited<ReturnType<typeof deskCast>>;
beforeEach(async () => {
  cast = await deskCast();
});

const submission = (claimedById?: string) =>
  createSubmission({ writerId: cast.member.id, sectionId: cast.section.id, claimedById });

describe("request changes", () => {
  it("sends the article back with the note, records the decision and tells the writer", async () => {
    const article = await submission(cast.editor.id);
    await requestChanges(cast.editor, article.id, {
      note: "  Tambahkan sumber untuk data banjir di paragraf kedua.  ",
    });

    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({
      status: "CHANGES_REQUESTED",
      reviewNote: "Tambahkan sumber untuk data banjir di paragraf kedua.",
      claimedById: null,
      version: article.version + 1,
    });
    expect(stored.reviewedAt).not.toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: article.id, action: "article.request_changes" },
    });
    expect(audit).toMatchObject({
      actorId: cast.editor.id,
      before: { status: "IN_REVIEW" },
      after: { status: "CHANGES_REQUESTED" },
    });
    const notification = await db.notification.findFirstOrThrow({
      where: { userId: cast.member.id, type: "article.changes_requested" },
    });
    expect(notification.data).toMatchObject({
      articleId: article.id,
      note: "Tambahkan sumber untuk data banjir di paragraf kedua.",
    });
  });

  it("requires a note and leaves the article as it was without one", async () => {
    const article = await submission(cast.editor.id);
    await expect(requestChanges(cast.editor, article.id, { note: "   " })).rejects.toMatchObject({
      name: "ZodError",
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe(
      "IN_REVIEW",
    );
  });
});

describe("reject", () => {
  it("rejects with a reason from the list plus the editor's words, and tells the writer", async () => {
    const article = await submission();
    await rejectArticle(cast.editor, article.id, {
      reason: "Plagiarisme",
      detail: "Paragraf 2–4 sama dengan artikel di situs lain.",
    });

    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({
      status: "REJECTED",
      reviewNote: "Plagiarisme: Paragraf 2–4 sama dengan artikel di situs lain.",
    });
    expect(stored.reviewedAt).not.toBeNull();
    expect(
      await db.auditLog.count({
        where: { targetId: article.id, action: "article.reject", actorId: cast.editor.id },
      }),
    ).toBe(1);
    const notification = await db.notification.findFirstOrThrow({
      where: { userId: cast.member.id, type: "article.rejected" },
    });
    expect(notification.data).toMatchObject({ articleId: article.id, reason: "Plagiarisme" });
  });

  it("refuses a reason outside the list, and 'Lainnya' without an explanation", async () => {
    const article = await submission();
    await expect(
      rejectArticle(cast.editor, article.id, { reason: "Tidak suka", detail: "" }),
    ).rejects.toMatchObject({ name: "ZodError" });
    await expect(
      rejectArticle(cast.editor, article.id, { reason: "Lainnya", detail: "" }),
    ).rejects.toMatchObject({ name: "ZodError" });
    await rejectArticle(cast.editor, article.id, {
      reason: "Lainnya",
      detail: "Sudah pernah terbit di Warta bulan lalu.",
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).reviewNote).toBe(
      "Lainnya: Sudah pernah terbit di Warta bulan lalu.",
    );
  });
});

describe("schedule", () => {
  const now = new Date("2030-05-01T03:00:00Z"); // 10:00 WIB

  it("stores the WIB date and time as UTC, credits the scheduling editor and tells the writer", async () => {
    const article = await submission(cast.editor.id);
    const result = await scheduleArticle(
      cast.editor,
      article.id,
      { date: "2030-05-02", time: "07:30" },
      now,
    );
    expect(result.scheduledFor).toBe("2030-05-02T00:30:00.000Z");

    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({
      status: "SCHEDULED",
      editorId: cast.editor.id,
      claimedById: null,
      publishedAt: null,
    });
    expect(stored.scheduledFor?.toISOString()).toBe("2030-05-02T00:30:00.000Z");
    expect(stored.reviewedAt?.toISOString()).toBe(now.toISOString());
    expect(
      await db.auditLog.count({
        where: { targetId: article.id, action: "article.schedule", actorId: cast.editor.id },
      }),
    ).toBe(1);
    expect(
      await db.notification.count({ where: { userId: cast.member.id, type: "article.scheduled" } }),
    ).toBe(1);
  });

  it("refuses a moment in the past (WIB, not UTC) and an impossible date", async () => {
    const article = await submission(cast.editor.id);
    // 09:59 WIB on the same day is one minute before `now`, though 09:59 UTC would be hours ahead.
    await expect(
      scheduleArticle(cast.editor, article.id, { date: "2030-05-01", time: "09:59" }, now),
    ).rejects.toMatchObject({ code: "INVALID", message: "Waktu terbit harus di masa depan." });
    await expect(
      scheduleArticle(cast.editor, article.id, { date: "2030-02-30", time: "10:00" }, now),
    ).rejects.toMatchObject({ code: "INVALID" });
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({ status: "IN_REVIEW", scheduledFor: null });
  });
});

describe("the claim policy of decisions", () => {
  it("lets the claiming editor or anyone on an unclaimed article decide, and refuses another editor's claim", async () => {
    const article = await submission();
    await claimArticle(cast.otherEditor, article.id);
    await expect(
      requestChanges(cast.editor, article.id, { note: "Perbaiki judulnya ya." }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^Sedang direview oleh Editor Lain/),
    });
    await expect(
      rejectArticle(cast.editor, article.id, { reason: "Plagiarisme", detail: "" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe(
      "IN_REVIEW",
    );
    await requestChanges(cast.otherEditor, article.id, { note: "Perbaiki judulnya ya." });
  });

  it("refuses a decision on an article that is not waiting any more", async () => {
    const article = await submission();
    await rejectArticle(cast.editor, article.id, { reason: "Plagiarisme", detail: "" });
    await expect(
      requestChanges(cast.editor, article.id, { note: "Perbaiki judulnya ya." }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Artikel ini tidak sedang menunggu keputusan (status: Ditolak).",
    });
  });
});
