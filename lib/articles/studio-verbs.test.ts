import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/articles/create-draft";
import { getArticleForEditing } from "@/lib/articles/get-article-for-editing";
import { getQueuePosition } from "@/lib/articles/get-queue-position";
import { listMyArticles } from "@/lib/articles/list-my-articles";
import { saveDraft } from "@/lib/articles/save-draft";
import { submitArticle } from "@/lib/articles/submit-article";
import { withdrawArticle } from "@/lib/articles/withdraw-article";
import { createSection, createTopic, createUser, paragraphsDocument } from "@/test/factories";

const asActor = (user: {
  id: string;
  role: Actor["role"];
  tier: Actor["tier"];
  suspendedAt: Date | null;
}): Actor => ({
  id: user.id,
  role: user.role,
  tier: user.tier,
  suspendedAt: user.suspendedAt,
});

const longText = Array.from(
  { length: 30 },
  (_, i) => `Kalimat ke-${i} dalam tulisan ini menjelaskan banyak hal penting.`,
).join(" ");

function validInput(
  sectionId: string,
  expectedVersion: number,
  overrides: Record<string, unknown> = {},
) {
  return {
    expectedVersion,
    title: "Warga Bandung Membangun Taman Baca di Gang Sempit",
    subtitle: "Sebuah gerakan kecil dari anak muda kampung",
    datelineCity: "Bandung",
    sectionId,
    topicIds: [],
    proposedTopics: [],
    heroImageAlt: "",
    heroImageCaption: "",
    heroImageCredit: "",
    body: paragraphsDocument(`${longText}\n\n${longText}`),
    ...overrides,
  };
}

let writer: Actor;
let otherWriter: Actor;
let editor: Actor;
let sectionId: string;

beforeEach(async () => {
  await createSection({ position: -1 });
  sectionId = (await createSection()).id;
  writer = asActor(await createUser());
  otherWriter = asActor(await createUser());
  editor = asActor(await createUser({ role: "EDITOR" }));
});

describe("drafts", () => {
  it("saves with the version it started from and refuses a stale save with the newer version", async () => {
    const { id } = await createDraft(writer);
    const first = await saveDraft(writer, id, validInput(sectionId, 1));
    expect(first.version).toBe(2);

    const stale = saveDraft(
      writer,
      id,
      validInput(sectionId, 1, { title: "Versi tab lain yang lebih lama sekali" }),
    );
    await expect(stale).rejects.toMatchObject({
      code: "CONFLICT",
      details: {
        current: { version: 2, title: "Warga Bandung Membangun Taman Baca di Gang Sempit" },
      },
    });
    const stored = await db.article.findUniqueOrThrow({ where: { id } });
    expect(stored.title).toBe("Warga Bandung Membangun Taman Baca di Gang Sempit");
  });

  it("hides another writer's draft and changes nothing when they try to save it", async () => {
    const { id } = await createDraft(writer);
    await expect(getArticleForEditing(otherWriter, id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      saveDraft(otherWriter, id, validInput(sectionId, 1, { title: "Dibajak oleh penulis lain" })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveDraft(null, id, validInput(sectionId, 1))).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).title).toBe("");
  });

  it("refuses bodies outside the allow-list and keeps hostile text as text", async () => {
    const { id } = await createDraft(writer);
    const script = {
      type: "doc",
      content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }],
    };
    await expect(
      saveDraft(writer, id, validInput(sectionId, 1, { body: script })),
    ).rejects.toMatchObject({ name: "ZodError" });
    const link = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            {
              type: "text",
              text: "klik",
              marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
            },
          ],
        },
      ],
    };
    await expect(
      saveDraft(writer, id, validInput(sectionId, 1, { body: link })),
    ).rejects.toMatchObject({ name: "ZodError" });

    const hostile = paragraphsDocument('Sebelum <img src=x onerror="alert(1)"> sesudah');
    await saveDraft(writer, id, validInput(sectionId, 1, { body: hostile }));
    const stored = await db.article.findUniqueOrThrow({ where: { id } });
    expect(stored.bodyHtml).toBe(
      "<p>Sebelum &lt;img src=x onerror=&quot;alert(1)&quot;&gt; sesudah</p>",
    );
    expect(stored.bodyText).toContain("sesudah");
  });

  it("stores chosen topics and proposals", async () => {
    const topic = await createTopic();
    const { id } = await createDraft(writer);
    await saveDraft(
      writer,
      id,
      validInput(sectionId, 1, { topicIds: [topic.id], proposedTopics: ["Taman Baca"] }),
    );
    const { article } = await getArticleForEditing(writer, id);
    expect(article.topicIds).toEqual([topic.id]);
    expect(article.proposedTopics).toEqual(["Taman Baca"]);
  });
});

describe("submission", () => {
  it("blocks a draft that misses the house format and names what is missing", async () => {
    const { id } = await createDraft(writer);
    await saveDraft(
      writer,
      id,
      validInput(sectionId, 1, { title: "Pendek", body: paragraphsDocument("Terlalu singkat.") }),
    );
    await expect(submitArticle(writer, id, 2)).rejects.toMatchObject({
      code: "INVALID",
      details: { failedChecks: ["title", "length"] },
    });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("submits, records a revision, an audit entry and editor notifications, and reports the queue place", async () => {
    const { id } = await createDraft(writer);
    await saveDraft(writer, id, validInput(sectionId, 1));
    const result = await submitArticle(writer, id, 2);
    expect(result.version).toBe(3);
    const stored = await db.article.findUniqueOrThrow({
      where: { id },
      include: { revisions: true },
    });
    expect(stored.status).toBe("SUBMITTED");
    expect(stored.revisions.map((r) => r.version)).toEqual([3]);
    expect(
      await db.auditLog.count({
        where: { targetId: id, action: "article.submit", actorId: writer.id },
      }),
    ).toBe(1);
    expect(
      await db.notification.count({ where: { userId: editor.id, type: "article.submitted" } }),
    ).toBeGreaterThanOrEqual(1);
    expect(await getQueuePosition(writer, id)).toMatchObject({ position: expect.any(Number) });
    expect(
      (await listMyArticles(writer))
        .find((g) => g.status === "SUBMITTED")
        ?.articles.map((a) => a.id),
    ).toEqual([id]);
  });

  it("refuses submission before the email is verified", async () => {
    const unverified = asActor(await createUser({ emailVerifiedAt: null }));
    const { id } = await createDraft(unverified);
    await saveDraft(unverified, id, validInput(sectionId, 1));
    await expect(submitArticle(unverified, id, 2)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets the writer withdraw until an editor claims it, and never lets others submit or withdraw", async () => {
    const { id } = await createDraft(writer);
    await saveDraft(writer, id, validInput(sectionId, 1));
    await expect(submitArticle(otherWriter, id, 2)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await submitArticle(writer, id, 2);
    await expect(withdrawArticle(otherWriter, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await withdrawArticle(writer, id);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    const again = await db.article.findUniqueOrThrow({ where: { id } });
    await submitArticle(writer, id, again.version);
    await db.article.update({
      where: { id },
      data: { claimedById: editor.id, claimedAt: new Date() },
    });
    await expect(withdrawArticle(writer, id)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
