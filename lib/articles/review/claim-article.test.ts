import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimArticle } from "@/lib/articles/review/claim-article";
import { releaseClaim } from "@/lib/articles/review/release-claim";
import { createSubmission, deskCast } from "@/test/review-fixtures";

let cast: Awaited<ReturnType<typeof deskCast>>;
beforeEach(async () => {
  cast = await deskCast();
});

describe("claiming", () => {
  it("lets exactly one of two editors claiming at once win; the other is told who has it", async () => {
    const article = await createSubmission({
      writerId: cast.member.id,
      sectionId: cast.section.id,
    });
    const results = await Promise.allSettled([
      claimArticle(cast.editor, article.id),
      claimArticle(cast.otherEditor, article.id),
    ]);

    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const stored = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      include: { claimedBy: true },
    });
    expect(stored.status).toBe("IN_REVIEW");
    expect(stored.claimedAt).not.toBeNull();
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({
      code: "CONFLICT",
      message: `Sudah diklaim oleh ${stored.claimedBy?.displayName}.`,
    });
    expect(
      await db.auditLog.count({ where: { targetId: article.id, action: "article.claim" } }),
    ).toBe(1);
  });

  it("records who claimed in the audit log, and claiming one's own claim again changes nothing", async () => {
    const article = await createSubmission({
      writerId: cast.member.id,
      sectionId: cast.section.id,
    });
    const first = await claimArticle(cast.editor, article.id);
    const again = await claimArticle(cast.editor, article.id);
    expect(again.claimedAt).toBe(first.claimedAt);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: article.id, action: "article.claim" },
    });
    expect(audit).toMatchObject({
      actorId: cast.editor.id,
      before: { status: "SUBMITTED" },
      after: { status: "IN_REVIEW", claimedById: cast.editor.id },
    });
  });

  it("releases a claim back to the queue, only for the editor who holds it", async () => {
    const article = await createSubmission({
      writerId: cast.member.id,
      sectionId: cast.section.id,
      claimedById: cast.editor.id,
    });
    await expect(releaseClaim(cast.otherEditor, article.id)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await releaseClaim(cast.editor, article.id);
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({ status: "SUBMITTED", claimedById: null, claimedAt: null });
    expect(
      await db.auditLog.count({
        where: { targetId: article.id, action: "article.release", actorId: cast.editor.id },
      }),
    ).toBe(1);
    await claimArticle(cast.otherEditor, article.id);
  });

  it("does not claim an article that is no longer waiting", async () => {
    const article = await createSubmission({
      writerId: cast.member.id,
      sectionId: cast.section.id,
      status: "CHANGES_REQUESTED",
    });
    await expect(claimArticle(cast.editor, article.id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Artikel ini tidak lagi menunggu review.",
    });
    await expect(claimArticle(cast.editor, "tidak-ada")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
