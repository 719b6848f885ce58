import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { saveDraft } from "@/lib/articles/save-draft";
import { getArticleForEditing } from "@/lib/articles/get-article-for-editing";
import { getProposedUpdate } from "@/lib/articles/updates/get-proposed-update";
import { getWriterUpdate } from "@/lib/articles/updates/get-writer-update";
import { listSubmittedUpdates } from "@/lib/articles/updates/list-submitted-updates";
import { publishUpdate } from "@/lib/articles/updates/publish-update";
import { returnUpdate } from "@/lib/articles/updates/return-update";
import { setWriterUpdatesAllowed } from "@/lib/articles/updates/set-writer-updates-allowed";
import { submitUpdate } from "@/lib/articles/updates/submit-update";
import { createArticle, createUser, paragraphsDocument } from "@/test/factories";

const asActor = (u: { id: string; role: Actor["role"]; tier: Actor["tier"] }): Actor => ({
  id: u.id,
  role: u.role,
  tier: u.tier,
  suspendedAt: null,
});

const edit = (article: { sectionId: string; title: string }, version: number, text: string) => ({
  expectedVersion: version,
  title: article.title,
  subtitle: "",
  datelineCity: "Jakarta",
  sectionId: article.sectionId,
  topicIds: [],
  proposedTopics: [],
  heroImageAlt: "",
  heroImageCaption: "",
  heroImageCredit: "",
  body: paragraphsDocument(text),
});

const LIVE = "Jembatan Cikapundung ditutup sejak Senin untuk perbaikan.";
const NEW = "Jembatan Cikapundung dibuka kembali Kamis pagi setelah perbaikan.";

async function setup() {
  const writer = asActor(await createUser({ tier: "VERIFIED" }));
  const editor = asActor(await createUser({ role: "EDITOR" }));
  const admin = asActor(await createUser({ role: "ADMIN" }));
  const article = await createArticle({
    writerId: writer.id,
    title: "Jembatan Cikapundung Ditutup",
    bodyText: LIVE,
  });
  return { writer, editor, admin, article };
}

const notificationsOf = (userId: string) =>
  db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

describe("a Verified Writer updates their own live story through review", () => {
  it("saves the update aside, sends it with a note, and the desk publishes it; the writer is told", async () => {
    const { writer, editor, article } = await setup();
    const saved = await saveDraft(writer, article.id, edit(article, article.version, NEW));
    expect(saved.published).toBe(false);
    const live = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(live.bodyText).toBe(LIVE);
    const opened = await getWriterUpdate(writer, article.id);
    expect(JSON.stringify(opened.article.body)).toContain("dibuka kembali");
    expect(opened.submittedAt).toBeNull();

    await expect(submitUpdate(writer, article.id, { kind: "UPDATE", note: "" })).rejects.toThrow(
      /minimal 10 karakter/,
    );
    const note = "Jembatan sudah dibuka kembali untuk kendaraan.";
    await submitUpdate(writer, article.id, { kind: "UPDATE", note });
    // Sent: the desk's until it decides; the writer cannot change it meanwhile.
    await expect(
      saveDraft(writer, article.id, edit(article, saved.version, "Lagi.")),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(submitUpdate(writer, article.id, { kind: "MINOR" })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    expect((await listSubmittedUpdates(editor)).map((u) => u.articleId)).toContain(article.id);
    const proposal = await getProposedUpdate(editor, article.id);
    expect(proposal).toMatchObject({ kind: "UPDATE", note });
    expect(proposal?.diff).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "delete", text: expect.stringContaining("ditutup") }),
        expect.objectContaining({ type: "insert", text: expect.stringContaining("dibuka") }),
      ]),
    );
    expect(
      (await notificationsOf(editor.id)).some((n) => n.type === "article.update_submitted"),
    ).toBe(true);

    await publishUpdate(editor, article.id, { kind: "UPDATE", note });
    const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after.bodyText).toBe(NEW);
    expect(after.contentUpdatedAt).not.toBeNull();
    expect(await listSubmittedUpdates(editor)).not.toContainEqual(
      expect.objectContaining({ articleId: article.id }),
    );
    const [told] = await notificationsOf(writer.id);
    expect(told).toMatchObject({ type: "article.update_accepted" });
    expect(told.data).toMatchObject({ articleId: article.id, note });
  });

  it("the desk returns an update with a reason; the writer edits it again and resends it", async () => {
    const { writer, editor, article } = await setup();
    const saved = await saveDraft(writer, article.id, edit(article, article.version, NEW));
    await submitUpdate(writer, article.id, { kind: "MINOR" });
    await expect(returnUpdate(editor, article.id, { reason: "kurang" })).rejects.toThrow(
      /minimal 10 karakter/,
    );
    await expect(
      returnUpdate(writer, article.id, { reason: "Saya kembalikan sendiri saja." }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const reason = "Sebutkan sumber informasi pembukaan jembatan.";
    await returnUpdate(editor, article.id, { reason });
    await expect(returnUpdate(editor, article.id, { reason })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const [told] = await notificationsOf(writer.id);
    expect(told).toMatchObject({ type: "article.update_returned", data: { reason } });

    const opened = await getWriterUpdate(writer, article.id);
    expect(opened).toMatchObject({ submittedAt: null, returnReason: reason });
    expect(await getProposedUpdate(editor, article.id)).toMatchObject({
      submittedAt: null,
      returned: { reason },
    });
    const again = await saveDraft(
      writer,
      article.id,
      edit(article, saved.version, `${NEW} Kata Dinas PU.`),
    );
    expect(again.version).toBe(saved.version + 1);
    await submitUpdate(writer, article.id, {
      kind: "UPDATE",
      note: "Menambahkan sumber: Dinas PU.",
    });
    expect((await getWriterUpdate(writer, article.id)).returnReason).toBeNull();
    expect(await getProposedUpdate(editor, article.id)).toMatchObject({
      returned: null,
      note: "Menambahkan sumber: Dinas PU.",
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).bodyText).toBe(LIVE);
  });

  it("the desk's own update of the story notifies the writer", async () => {
    const { writer, editor, article } = await setup();
    await saveDraft(editor, article.id, edit(article, article.version, NEW));
    await publishUpdate(editor, article.id, { kind: "MINOR" });
    const [told] = await notificationsOf(writer.id);
    expect(told).toMatchObject({ type: "article.update_published" });
  });

  it("refuses a writer who is not Verified, not the writer, or when the site switched it off", async () => {
    const { writer, editor, admin, article } = await setup();
    const plain = asActor(await createUser({ tier: "WRITER" }));
    const own = await createArticle({ writerId: plain.id, bodyText: LIVE });
    await expect(saveDraft(plain, own.id, edit(own, own.version, NEW))).rejects.toMatchObject({
      code: "FORBIDDEN",
      details: { reason: "not-verified" },
    });
    await expect(submitUpdate(plain, own.id, { kind: "MINOR" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getWriterUpdate(plain, own.id)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const stranger = asActor(await createUser({ tier: "VERIFIED" }));
    await expect(
      saveDraft(stranger, article.id, edit(article, article.version, NEW)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitUpdate(stranger, article.id, { kind: "MINOR" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(submitUpdate(null, article.id, { kind: "MINOR" })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    // Editing is not enough: only the desk publishes.
    await saveDraft(writer, article.id, edit(article, article.version, NEW));
    await expect(publishUpdate(writer, article.id, { kind: "MINOR" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    await expect(setWriterUpdatesAllowed(editor, {})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await setWriterUpdatesAllowed(admin, {});
    try {
      await expect(submitUpdate(writer, article.id, { kind: "MINOR" })).rejects.toMatchObject({
        code: "FORBIDDEN",
        details: { reason: "writer-updates-off" },
      });
      await expect(
        saveDraft(writer, article.id, edit(article, article.version + 1, "Lagi.")),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      // The desk still edits live articles.
      expect((await getArticleForEditing(editor, article.id)).canEdit).toBe(true);
    } finally {
      await setWriterUpdatesAllowed(admin, { allowed: "on" });
    }
    await submitUpdate(writer, article.id, { kind: "MINOR" });
  });
});
