import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSubmission, deskCast } from "@/test/review-fixtures";
import { publishArticle } from "@/lib/articles/publication/publish-article";
import { rejectArticle } from "@/lib/articles/review/reject-article";
import { createArticle, createSection, createTopic, uniqueSuffix } from "@/test/factories";

let cast: Awaited<ReturnType<typeof deskCast>>;
beforeEach(async () => {
  cast = await deskCast();
});

describe("publish", () => {
  it("publishes with a slug from the title, credits the editor, and records revision, audit, notification and email", async () => {
    const title = `Sungai Ciliwung Kembali Jernih ${uniqueSuffix()}`;
    const article = await createSubmission({
      writerId: cast.verified.id,
      sectionId: cast.section.id,
      title,
      claimedById: cast.editor.id,
      bodyText: "Pelangikata ajaibkata uji.",
    });
    const before = Date.now();
    const publication = await publishArticle(cast.editor, article.id);

    const slug = title.toLowerCase().replaceAll(" ", "-");
    expect(publication.path).toBe(`/${cast.section.slug}/${slug}`);
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({
      status: "PUBLISHED",
      slug,
      editorId: cast.editor.id,
      claimedById: null,
      claimedAt: null,
      version: article.version + 1,
    });
    expect(stored.publishedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(stored.reviewedAt).not.toBeNull();

    const revision = await db.revision.findFirstOrThrow({
      where: { articleId: article.id, note: "Diterbitkan" },
    });
    expect(revision).toMatchObject({ version: stored.version, authorId: cast.editor.id, title });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: article.id, action: "article.publish" },
    });
    expect(audit).toMatchObject({
      actorId: cast.editor.id,
      before: { status: "IN_REVIEW" },
      after: { status: "PUBLISHED", slug },
    });
    const notification = await db.notification.findFirstOrThrow({
      where: { userId: cast.verified.id, type: "article.published" },
    });
    expect(notification.data).toMatchObject({ articleId: article.id, path: publication.path });
    const writer = await db.user.findUniqueOrThrow({ where: { id: cast.verified.id } });
    expect(
      await db.outboxEmail.count({
        where: { to: writer.email, subject: `Artikel Anda terbit: ${title}` },
      }),
    ).toBe(1);
    expect(await db.searchWord.findUnique({ where: { word: "pelangikata" } })).not.toBeNull();
    expect(writer.tier).toBe("VERIFIED");
    expect(publication.tags).toEqual(
      expect.arrayContaining(["articles", "topics", `article:${article.id}`]),
    );
  });

  it("keeps slugs unique, away from section slugs and from 'halaman'", async () => {
    const base = `kabar-${uniqueSuffix()}`;
    await createArticle({ slug: base });
    await createSection({ slug: `${base}-2` });
    const article = await createSubmission({
      writerId: cast.verified.id,
      sectionId: cast.section.id,
      title: base.replace("-", " "),
    });
    expect((await publishArticle(cast.editor, article.id)).path).toBe(
      `/${cast.section.slug}/${base}-3`,
    );

    const halaman = await createSubmission({
      writerId: cast.verified.id,
      sectionId: cast.section.id,
      title: "Halaman",
    });
    const published = await publishArticle(cast.editor, halaman.id);
    expect(published.path).not.toBe(`/${cast.section.slug}/halaman`);
    expect(published.path).toMatch(/\/halaman-\d+$/);
  });

  it("gives two articles with the same title published at once two different slugs", async () => {
    const title = `Judul Kembar ${uniqueSuffix()}`;
    const [a, b] = await Promise.all(
      [0, 1].map(() =>
        createSubmission({ writerId: cast.verified.id, sectionId: cast.section.id, title }),
      ),
    );
    const [pa, pb] = await Promise.all([
      publishArticle(cast.editor, a.id),
      publishArticle(cast.otherEditor, b.id),
    ]);
    expect(pa.path).not.toBe(pb.path);
  });

  it("turns proposed topics into topics (reusing an existing one by name) and clears the proposals", async () => {
    const existing = await createTopic({ name: `Banjir ${uniqueSuffix()}` });
    const fresh = `Kali Bersih ${uniqueSuffix()}`;
    const chosen = await createTopic();
    const article = await createSubmission({
      writerId: cast.verified.id,
      sectionId: cast.section.id,
      topics: [chosen.id],
      proposedTopics: [fresh, existing.name.toUpperCase()],
    });
    const publication = await publishArticle(cast.editor, article.id);

    const created = await db.topic.findFirstOrThrow({ where: { name: fresh } });
    expect(created.slug).toBe(fresh.toLowerCase().replaceAll(" ", "-"));
    const links = await db.articleTopic.findMany({
      where: { articleId: article.id },
      select: { topicId: true },
    });
    expect(links.map((l) => l.topicId).sort()).toEqual([chosen.id, created.id, existing.id].sort());
    expect(
      await db.topic.count({ where: { name: { equals: existing.name, mode: "insensitive" } } }),
    ).toBe(1);
    expect(
      (await db.article.findUniqueOrThrow({ where: { id: article.id } })).proposedTopics,
    ).toEqual([]);
    expect(publication.topicSlugs).toEqual([created.slug, existing.slug]);
  });

  it("promotes a member to writer on their first publication, with an audit entry", async () => {
    const article = await createSubmission({
      writerId: cast.member.id,
      sectionId: cast.section.id,
    });
    const publication = await publishArticle(cast.editor, article.id);
    expect(publication.writer.promoted).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: cast.member.id } })).tier).toBe(
      "WRITER",
    );
    expect(
      await db.auditLog.count({
        where: { targetId: cast.member.id, action: "user.tier_change", actorId: cast.editor.id },
      }),
    ).toBe(1);

    const second = await createSubmission({ writerId: cast.member.id, sectionId: cast.section.id });
    expect((await publishArticle(cast.editor, second.id)).writer.promoted).toBe(false);
  });

  it("keeps the original publication date and slug of an article published before", async () => {
    const article = await createSubmission({
      writerId: cast.verified.id,
      sectionId: cast.section.id,
    });
    const firstPublished = new Date("2024-01-02T03:04:05Z");
    await db.article.update({
      where: { id: article.id },
      data: { publishedAt: firstPublished, slug: `lama-${uniqueSuffix()}` },
    });
    const kept = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    await publishArticle(cast.editor, article.id);
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.publishedAt?.toISOString()).toBe(firstPublished.toISOString());
    expect(stored.slug).toBe(kept.slug);
  });

  it("lets only one of two conflicting decisions happen, and the loser leaves nothing behind", async () => {
    const article = await createSubmission({
      writerId: cast.member.id,
      sectionId: cast.section.id,
    });
    const results = await Promise.allSettled([
      publishArticle(cast.editor, article.id),
      rejectArticle(cast.otherEditor, article.id, { reason: "Plagiarisme", detail: "" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    const decisions = await db.auditLog.findMany({
      where: { targetId: article.id, action: { in: ["article.publish", "article.reject"] } },
    });
    expect(decisions).toHaveLength(1);
    expect(decisions[0].action).toBe(
      stored.status === "PUBLISHED" ? "article.publish" : "article.reject",
    );
    expect(await db.revision.count({ where: { articleId: article.id, note: "Diterbitkan" } })).toBe(
      stored.status === "PUBLISHED" ? 1 : 0,
    );
    expect(await db.notification.count({ where: { userId: cast.member.id } })).toBe(1);
  });
});
