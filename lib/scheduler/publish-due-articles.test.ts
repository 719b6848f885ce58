import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSubmission, deskCast } from "@/test/review-fixtures";
import { scheduleArticle } from "@/lib/articles/publication/schedule-article";
import { wibParts } from "@/lib/format/wib-time";
import { publishDueArticles } from "@/lib/scheduler/publish-due-articles";
import { listScheduledArticles } from "@/lib/articles/publication/list-scheduled-articles";
import { createUser } from "@/test/factories";

let cast: Awaited<ReturnType<typeof deskCast>>;
beforeEach(async () => {
  cast = await deskCast();
});

async function scheduled(minutesAhead: number) {
  const article = await createSubmission({
    writerId: cast.member.id,
    sectionId: cast.section.id,
    claimedById: cast.editor.id,
  });
  await scheduleArticle(
    cast.editor,
    article.id,
    wibParts(new Date(Date.now() + minutesAhead * 60_000)),
  );
  return article;
}

describe("the scheduler tick", () => {
  it("publishes a due article exactly once when two ticks run at the same time", async () => {
    const due = await scheduled(5);
    await db.article.update({
      where: { id: due.id },
      data: { scheduledFor: new Date(Date.now() - 60_000) },
    });
    const decided = (await db.article.findUniqueOrThrow({ where: { id: due.id } })).reviewedAt;

    const [first, second] = await Promise.all([publishDueArticles(), publishDueArticles()]);
    const mine = [...first, ...second].filter((p) => p.articleId === due.id);
    expect(mine).toHaveLength(1);

    const stored = await db.article.findUniqueOrThrow({ where: { id: due.id } });
    expect(stored).toMatchObject({
      status: "PUBLISHED",
      editorId: cast.editor.id,
      scheduledFor: null,
    });
    expect(stored.reviewedAt).toEqual(decided);
    expect(stored.slug.startsWith("draf-")).toBe(false);
    const audits = await db.auditLog.findMany({
      where: { targetId: due.id, action: "article.publish_scheduled" },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: cast.editor.id, before: { status: "SCHEDULED" } });
    expect(await db.revision.count({ where: { articleId: due.id, note: "Diterbitkan" } })).toBe(1);
    expect(
      await db.notification.count({ where: { userId: cast.member.id, type: "article.published" } }),
    ).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: cast.member.id } })).tier).toBe(
      "WRITER",
    );

    expect((await publishDueArticles()).some((p) => p.articleId === due.id)).toBe(false);
  });

  it("leaves articles that are not due yet alone", async () => {
    const later = await scheduled(60);
    const published = await publishDueArticles();
    expect(published.some((p) => p.articleId === later.id)).toBe(false);
    expect((await db.article.findUniqueOrThrow({ where: { id: later.id } })).status).toBe(
      "SCHEDULED",
    );
  });

  it("publishes, on a late start, everything that fell due while it was not running", async () => {
    const missed = await Promise.all([scheduled(5), scheduled(10)]);
    await db.article.updateMany({
      where: { id: { in: missed.map((a) => a.id) } },
      data: { scheduledFor: new Date(Date.now() - 3 * 3600_000) },
    });
    const published = await publishDueArticles();
    expect(published.map((p) => p.articleId)).toEqual(
      expect.arrayContaining(missed.map((a) => a.id)),
    );
  });
});

describe("a schedule whose editor may no longer publish", () => {
  async function dueBy(editorId: string) {
    const article = await scheduled(5);
    await db.article.update({
      where: { id: article.id },
      data: { editorId, scheduledFor: new Date(Date.now() - 60_000) },
    });
    return article;
  }

  it("is held, not published, when the editor was demoted, and says why on the desk's list", async () => {
    const demoted = await createUser({ role: "EDITOR", displayName: "Rina Turun Jabatan" });
    const held = await dueBy(demoted.id);
    await db.user.update({ where: { id: demoted.id }, data: { role: "WRITER" } });

    const published = await publishDueArticles();
    expect(published.some((p) => p.articleId === held.id)).toBe(false);
    const stored = await db.article.findUniqueOrThrow({ where: { id: held.id } });
    expect(stored).toMatchObject({ status: "SCHEDULED", editorId: demoted.id });
    expect(stored.publishedAt).toBeNull();
    expect(
      await db.auditLog.count({
        where: { targetId: held.id, action: "article.publish_scheduled" },
      }),
    ).toBe(0);
    expect(
      await db.notification.count({ where: { userId: cast.member.id, type: "article.published" } }),
    ).toBe(0);

    const listed = (await listScheduledArticles(cast.editor)).find((item) => item.id === held.id);
    expect(listed?.heldReason).toBe("Ditahan: Rina Turun Jabatan tidak lagi berperan editor.");
  });

  it("is held while the editor is suspended and goes out once they are reinstated", async () => {
    const editor = await createUser({ role: "EDITOR", displayName: "Bayu Dinonaktifkan" });
    const held = await dueBy(editor.id);
    await db.user.update({ where: { id: editor.id }, data: { suspendedAt: new Date() } });

    expect((await publishDueArticles()).some((p) => p.articleId === held.id)).toBe(false);
    const listed = (await listScheduledArticles(cast.editor)).find((item) => item.id === held.id);
    expect(listed?.heldReason).toBe("Ditahan: Bayu Dinonaktifkan sedang dinonaktifkan.");

    await db.user.update({ where: { id: editor.id }, data: { suspendedAt: null } });
    expect((await publishDueArticles()).map((p) => p.articleId)).toContain(held.id);
    expect(await db.article.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
      status: "PUBLISHED",
      editorId: editor.id,
    });
  });

  it("does not hold back the due schedules of editors who still may", async () => {
    const demoted = await createUser({ role: "EDITOR" });
    const held = await dueBy(demoted.id);
    await db.user.update({ where: { id: demoted.id }, data: { role: "WRITER" } });
    const fine = await dueBy(cast.editor.id);
    const published = (await publishDueArticles()).map((p) => p.articleId);
    expect(published).toContain(fine.id);
    expect(published).not.toContain(held.id);
    expect(
      (await listScheduledArticles(cast.editor)).find((i) => i.id === fine.id),
    ).toBeUndefined();
  });
});
