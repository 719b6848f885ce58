import { beforeEach, describe, expect, it, vi } from "vitest";
import { getArticlePage } from "@/lib/articles/get-article-page";
import { saveDraft } from "@/lib/articles/save-draft";
import { db } from "@/lib/db";
import { claimArticle } from "@/lib/articles/review/claim-article";
import { createSubmission, deskCast } from "@/test/review-fixtures";
import { getArticlePreview } from "@/lib/articles/review/get-article-preview";
import { listReviewQueue, QUEUE_PAGE_SIZE } from "@/lib/articles/review/list-review-queue";
import { publishArticle } from "@/lib/articles/publication/publish-article";
import { parseQueueFilters } from "@/lib/articles/review/queue-filters";
import { wibParts, wibToUtc } from "@/lib/format/wib-time";
import { createSection, createUser, paragraphsDocument } from "@/test/factories";

// Next's data cache needs a running server; here the reader loader runs uncached (the database is real).
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: () => Promise<T>) => fn }));

let cast: Awaited<ReturnType<typeof deskCast>>;
beforeEach(async () => {
  cast = await deskCast();
});

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);

describe("the review queue", () => {
  it("lists waiting and claimed submissions oldest first, with writer tier and who claimed", async () => {
    const newest = await createSubmission({
      writerId: cast.member.id,
      sectionId: cast.section.id,
      submittedAt: hoursAgo(1),
    });
    const oldest = await createSubmission({
      writerId: cast.verified.id,
      sectionId: cast.section.id,
      submittedAt: hoursAgo(30),
    });
    const middle = await createSubmission({
      writerId: cast.member.id,
      sectionId: cast.section.id,
      submittedAt: hoursAgo(5),
    });
    await createSubmission({
      writerId: cast.member.id,
      sectionId: cast.section.id,
      status: "CHANGES_REQUESTED",
    });
    await claimArticle(cast.editor, middle.id);

    const { items: queue } = await listReviewQueue(cast.editor, { sectionId: cast.section.id });
    expect(queue.map((item) => item.id)).toEqual([oldest.id, middle.id, newest.id]);
    expect(queue[0].writer.tier).toBe("VERIFIED");
    expect(queue[1]).toMatchObject({ status: "IN_REVIEW", claimedBy: { id: cast.editor.id } });
    expect(queue[2].claimedBy).toBeNull();
  });

  it("filters by section (with its sub-sections), writer tier and age", async () => {
    const child = await createSection({ parentId: cast.section.id });
    const inChild = await createSubmission({
      writerId: cast.member.id,
      sectionId: child.id,
      submittedAt: hoursAgo(2),
    });
    const old = await createSubmission({
      writerId: cast.verified.id,
      sectionId: cast.section.id,
      submittedAt: hoursAgo(26),
    });

    expect(
      (await listReviewQueue(cast.editor, { sectionId: cast.section.id })).items.map((i) => i.id),
    ).toEqual([old.id, inChild.id]);
    expect(
      (await listReviewQueue(cast.editor, { sectionId: child.id })).items.map((i) => i.id),
    ).toEqual([inChild.id]);
    expect(
      (
        await listReviewQueue(cast.editor, { sectionId: cast.section.id, tier: "MEMBER" })
      ).items.map((i) => i.id),
    ).toEqual([inChild.id]);
    expect(
      (
        await listReviewQueue(cast.editor, { sectionId: cast.section.id, olderThanHours: 24 })
      ).items.map((i) => i.id),
    ).toEqual([old.id]);
  });

  it("pages through a long queue with no repeats or gaps while articles leave it", async () => {
    const ids: string[] = [];
    // Pairs share a submission time: the id breaks the tie, in the order and in the cursor.
    for (let i = 0; i < QUEUE_PAGE_SIZE + 10; i++) {
      const submittedAt = new Date(Date.now() - (200 - Math.floor(i / 2)) * 60_000);
      const article = await createSubmission({
        writerId: cast.member.id,
        sectionId: cast.section.id,
        submittedAt,
      });
      ids.push(article.id);
    }
    const filters = { sectionId: cast.section.id };
    const first = await listReviewQueue(cast.editor, filters);
    expect(first.total).toBe(QUEUE_PAGE_SIZE + 10);
    expect(first.items).toHaveLength(QUEUE_PAGE_SIZE);
    expect(first.continued).toBe(false);
    // An editor publishes an article from the first page before the next one is opened.
    await publishArticle(cast.editor, first.items[3].id);
    const second = await listReviewQueue(cast.editor, filters, { after: first.next });
    expect(second.continued).toBe(true);
    expect(second.next).toBeUndefined();
    const seen = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(seen).size).toBe(seen.length);
    const expected = await db.article.findMany({
      where: { id: { in: ids } },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(seen).toEqual(expected.map((row) => row.id));
  });

  it("reads filters from the query string and ignores what it does not know", () => {
    expect(parseQueueFilters({ rubrik: "abc", tingkat: "anggota", umur: "24j" }).filters).toEqual({
      sectionId: "abc",
      tier: "MEMBER",
      olderThanHours: 24,
    });
    expect(parseQueueFilters({ tingkat: "raja", umur: ["7h", "x"] }).filters).toEqual({
      sectionId: undefined,
      tier: undefined,
      olderThanHours: 168,
    });
  });
});

describe("WIB times", () => {
  it("converts a WIB date and time to UTC and back, and refuses impossible ones", () => {
    expect(wibToUtc("2030-01-01", "06:30")?.toISOString()).toBe("2029-12-31T23:30:00.000Z");
    expect(wibParts(new Date("2029-12-31T23:30:00Z"))).toEqual({
      date: "2030-01-01",
      time: "06:30",
    });
    expect(wibToUtc("2030-02-29", "10:00")).toBeNull();
    expect(wibToUtc("2030-01-01", "24:00")).toBeNull();
    expect(wibToUtc("kemarin", "10:00")).toBeNull();
  });
});

describe("the preview", () => {
  it("is the reader page's own data for a published article", async () => {
    const article = await createSubmission({
      writerId: cast.verified.id,
      sectionId: cast.section.id,
    });
    const { path } = await publishArticle(cast.editor, article.id);
    const [, section, slug] = path.split("/");
    const reader = await getArticlePage(section, slug);
    const preview = await getArticlePreview(cast.editor, article.id);
    expect(reader.kind).toBe("found");
    expect(reader.kind === "found" && reader.article).toEqual(preview.page);
    expect(preview.review).toMatchObject({
      status: "PUBLISHED",
      publicPath: path,
      canDecide: false,
    });
  });

  it("shows a submission with the reviewing editor's credit, and keeps drafts private", async () => {
    const editorUser = await db.user.findUniqueOrThrow({ where: { id: cast.editor.id } });
    const article = await createSubmission({
      writerId: cast.member.id,
      sectionId: cast.section.id,
    });
    const preview = await getArticlePreview(cast.editor, article.id);
    expect(preview.page).toMatchObject({
      title: article.title,
      editorName: editorUser.displayName,
    });
    expect(preview.review).toMatchObject({ canClaim: true, canDecide: true, canEdit: false });

    const draft = await createSubmission({ writerId: cast.member.id, sectionId: cast.section.id });
    await db.article.update({ where: { id: draft.id }, data: { status: "DRAFT" } });
    await expect(getArticlePreview(cast.editor, draft.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("editor saves", () => {
  it("records every editor save as a revision 'Suntingan editor', and writer saves as none", async () => {
    const writer = await createUser();
    const article = await createSubmission({
      writerId: writer.id,
      sectionId: cast.section.id,
      claimedById: cast.editor.id,
    });
    const input = {
      expectedVersion: article.version,
      title: "Judul yang disunting oleh editor Warta",
      subtitle: "Sub",
      datelineCity: "Solo",
      sectionId: cast.section.id,
      topicIds: [],
      proposedTopics: [],
      heroImageAlt: "",
      heroImageCaption: "",
      heroImageCredit: "",
      body: paragraphsDocument("Kalimat yang sudah dirapikan editor."),
    };
    const saved = await saveDraft(cast.editor, article.id, input);
    const revision = await db.revision.findFirstOrThrow({ where: { articleId: article.id } });
    expect(revision).toMatchObject({
      version: saved.version,
      authorId: cast.editor.id,
      note: "Suntingan editor",
      title: "Judul yang disunting oleh editor Warta",
    });

    await db.article.update({
      where: { id: article.id },
      data: { status: "CHANGES_REQUESTED", claimedById: null },
    });
    await saveDraft(
      { id: writer.id, role: "WRITER", tier: writer.tier, suspendedAt: null },
      article.id,
      { ...input, expectedVersion: saved.version },
    );
    expect(await db.revision.count({ where: { articleId: article.id } })).toBe(1);
  });
});
