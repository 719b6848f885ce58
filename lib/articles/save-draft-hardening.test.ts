import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/articles/create-draft";
import { saveDraft } from "@/lib/articles/save-draft";
import { releaseClaim } from "@/lib/articles/review/release-claim";
import type { ArticleDocument } from "@/lib/articles/document-schema";
import { DOCUMENT_TOO_COMPLEX } from "@/lib/articles/document-shape";
import { createSection, createUser, paragraphsDocument, resetDatabase } from "@/test/factories";
import { asActor, createSubmission, deskCast } from "@/test/review-fixtures";

let writer: Actor;
let sectionId: string;

function input(expectedVersion: number, overrides: Record<string, unknown> = {}) {
  return {
    expectedVersion,
    title: "Warga Bandung Membangun Taman Baca",
    subtitle: "Gerakan kecil anak muda kampung",
    datelineCity: "Bandung",
    sectionId,
    topicIds: [],
    proposedTopics: [],
    heroImageAlt: "",
    heroImageCaption: "",
    heroImageCredit: "",
    body: paragraphsDocument("Paragraf pertama tulisan ini."),
    ...overrides,
  };
}

beforeEach(async () => {
  await resetDatabase();
  await createSection({ position: -1 });
  sectionId = (await createSection()).id;
  writer = asActor(await createUser());
});

describe("saveDraft with text PostgreSQL cannot store", () => {
  it("saves a paste with U+0000 and lone surrogates, cleaned, and keeps every other character", async () => {
    const { id } = await createDraft(writer);
    const pasted = "Banjir\u0000 di Kampung\u0000 Melayu \ud83c\udf0a naik \ud800 lagi \udc00.";
    const saved = await saveDraft(
      writer,
      id,
      input(1, {
        title: "Judul\u0000 dengan NUL",
        body: {
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: pasted }] }],
        },
      }),
    );
    expect(saved.version).toBe(2);
    const row = await db.article.findUniqueOrThrow({ where: { id } });
    expect(row.title).toBe("Judul dengan NUL");
    expect(row.bodyText).toContain(
      "Banjir di Kampung Melayu \ud83c\udf0a naik \ufffd lagi \ufffd.",
    );
    expect(JSON.stringify(row.body)).not.toMatch(/\\u0000/);

    // And the writer's later work keeps arriving.
    const later = await saveDraft(
      writer,
      id,
      input(2, { body: paragraphsDocument("Tulisan berikutnya tiba dengan selamat.") }),
    );
    expect(later.version).toBe(3);
  });

  it("refuses a list nested thousands deep with a message the studio shows (422), not a 500", async () => {
    const { id } = await createDraft(writer);
    let node: unknown = { type: "paragraph", content: [{ type: "text", text: "dasar" }] };
    for (let i = 0; i < 4000; i++)
      node = { type: "bulletList", content: [{ type: "listItem", content: [node] }] };
    const error = await saveDraft(writer, id, input(1, { body: { type: "doc", content: [node] } }))
      .then(() => null)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID", status: 422, message: DOCUMENT_TOO_COMPLEX });
  });
});

describe("opening a draft never saves it", () => {
  it("a save of what is stored, plus the empty paragraph the editor appends, writes nothing", async () => {
    const { id } = await createDraft(writer);
    const image = {
      type: "image",
      attrs: { src: "/media/2026/12/abc-1200.webp", alt: "", caption: "Banjir", credit: "Warga" },
    };
    const body = {
      type: "doc",
      content: [...paragraphsDocument("Isi tulisan.").content, image],
    } as ArticleDocument;
    await saveDraft(writer, id, input(1, { body }));
    const before = await db.article.findUniqueOrThrow({ where: { id } });

    const reopened = { ...body, content: [...body.content, { type: "paragraph" }] };
    const result = await saveDraft(writer, id, input(2, { body: reopened }));
    expect(result.version).toBe(2);
    const after = await db.article.findUniqueOrThrow({ where: { id } });
    expect(after.version).toBe(2);
    expect(after.updatedAt).toEqual(before.updatedAt);

    // A real change still saves.
    const changed = await saveDraft(writer, id, input(2, { title: "Judul yang berubah" }));
    expect(changed.version).toBe(3);
  });
});

describe("a claim is enforced on save", () => {
  it("refuses another editor and an admin, and accepts the claimer; an admin may release first", async () => {
    const cast = await deskCast();
    const submission = await createSubmission({
      writerId: writer.id,
      sectionId: cast.section.id,
      claimedById: cast.editor.id,
    });
    const save = (actor: Actor, title: string) =>
      saveDraft(actor, submission.id, {
        ...input(submission.version, { title }),
        sectionId: cast.section.id,
      });

    await expect(save(cast.otherEditor, "Ditimpa editor lain")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(save(cast.admin, "Ditimpa admin")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.article.findUniqueOrThrow({ where: { id: submission.id } })).title).toBe(
      submission.title,
    );

    const byClaimer = await save(cast.editor, "Suntingan editor yang mengklaim");
    expect(byClaimer.version).toBe(submission.version + 1);

    await releaseClaim(cast.admin, submission.id);
    const audit = await db.auditLog.findFirst({
      where: { targetId: submission.id, action: "article.release" },
    });
    expect(audit?.actorId).toBe(cast.admin.id);
    const released = await db.article.findUniqueOrThrow({ where: { id: submission.id } });
    expect(released.claimedById).toBeNull();
  });
});
