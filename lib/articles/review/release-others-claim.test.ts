import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getArticlePreview } from "@/lib/articles/review/get-article-preview";
import { releaseClaim } from "@/lib/articles/review/release-claim";
import { createSubmission, deskCast } from "@/test/review-fixtures";

let cast: Awaited<ReturnType<typeof deskCast>>;
beforeEach(async () => {
  cast = await deskCast();
});

describe("releasing someone else's claim", () => {
  it("is offered to the holder and to an admin, never to another editor", async () => {
    const article = await createSubmission({
      writerId: cast.member.id,
      sectionId: cast.section.id,
      claimedById: cast.editor.id,
    });
    const offered = async (actor: typeof cast.editor) =>
      (await getArticlePreview(actor, article.id)).review.canRelease;
    expect(await offered(cast.editor)).toBe(true);
    expect(await offered(cast.admin)).toBe(true);
    expect(await offered(cast.otherEditor)).toBe(false);

    // Nothing claimed: nothing to release, not even for an admin.
    const waiting = await createSubmission({
      writerId: cast.member.id,
      sectionId: cast.section.id,
    });
    expect((await getArticlePreview(cast.admin, waiting.id)).review.canRelease).toBe(false);
  });

  it("is refused to another editor posting directly, and done and audited for an admin", async () => {
    const article = await createSubmission({
      writerId: cast.member.id,
      sectionId: cast.section.id,
      claimedById: cast.editor.id,
    });
    await expect(releaseClaim(cast.otherEditor, article.id)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      status: "IN_REVIEW",
      claimedById: cast.editor.id,
    });

    await releaseClaim(cast.admin, article.id);
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      status: "SUBMITTED",
      claimedById: null,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: article.id, action: "article.release" },
    });
    expect(audit).toMatchObject({
      actorId: cast.admin.id,
      before: { status: "IN_REVIEW", claimedById: cast.editor.id },
      after: { status: "SUBMITTED" },
    });
  });
});
