import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { documentJson } from "@/lib/articles/document-schema";
import { getEditorChanges } from "@/lib/articles/get-editor-changes";
import { documentText } from "@/lib/articles/render-document";
import { db } from "@/lib/db";
import { createArticle, createUser, paragraphsDocument } from "@/test/factories";

const asActor = (u: {
  id: string;
  role: Actor["role"];
  tier: Actor["tier"];
  suspendedAt: Date | null;
}): Actor => ({ id: u.id, role: u.role, tier: u.tier, suspendedAt: u.suspendedAt });

const WRITTEN =
  "Hujan deras sejak pagi membuat sungai meluap.\n\nWarga mengungsi ke masjid terdekat.";
const EDITED =
  "Hujan deras sejak Senin pagi membuat Sungai Ciliwung meluap.\n\nWarga mengungsi ke masjid terdekat.";

let writer: Actor;
let editor: Actor;

async function submitted(status: "PUBLISHED" | "IN_REVIEW" = "PUBLISHED") {
  const article = await createArticle({
    status,
    title: "Banjir di Kampung Melayu",
    bodyText: WRITTEN,
    writerId: writer.id,
  });
  await db.revision.create({
    data: {
      articleId: article.id,
      version: 1,
      authorId: writer.id,
      title: article.title,
      subtitle: "",
      body: documentJson(paragraphsDocument(WRITTEN)),
    },
  });
  return article.id;
}

async function editorSaves(
  id: string,
  text: string,
  title = "Banjir Rendam Kampung Melayu",
  version = 2,
) {
  const body = paragraphsDocument(text);
  await db.article.update({
    where: { id },
    data: {
      title,
      body: documentJson(body),
      bodyText: documentText(body),
      version,
      lastEditedById: editor.id,
    },
  });
}

beforeEach(async () => {
  writer = asActor(await createUser({ tier: "WRITER" }));
  editor = asActor(await createUser({ role: "EDITOR", displayName: "Rina Editor" }));
});

describe("getEditorChanges", () => {
  it("shows the writer what the editor changed in the published text, word by word", async () => {
    const id = await submitted();
    await editorSaves(id, EDITED);
    const { article, changes } = await getEditorChanges(writer, id);
    expect(article.title).toBe("Banjir Rendam Kampung Melayu");
    expect(changes).toMatchObject({
      from: { version: 1 },
      to: { version: 2, editorName: "Rina Editor" },
      changed: true,
    });
    expect(changes!.title.filter((p) => p.type !== "equal")).toEqual([
      { type: "delete", text: "di" },
      { type: "insert", text: "Rendam" },
    ]);
    expect(changes!.body.filter((p) => p.type !== "equal")).toEqual([
      { type: "insert", text: "Senin " },
      { type: "delete", text: "sungai" },
      { type: "insert", text: "Sungai Ciliwung" },
    ]);
    expect(changes!.subtitle).toEqual([]);
  });

  it("uses the editor's latest revision once the writer has edited again", async () => {
    const id = await submitted("IN_REVIEW");
    await editorSaves(id, EDITED);
    await db.revision.create({
      data: {
        articleId: id,
        version: 2,
        authorId: editor.id,
        title: "Banjir Rendam Kampung Melayu",
        subtitle: "",
        body: documentJson(paragraphsDocument(EDITED)),
      },
    });
    await db.article.update({
      where: { id },
      data: { status: "CHANGES_REQUESTED", lastEditedById: writer.id, version: 3 },
    });
    const { changes } = await getEditorChanges(writer, id);
    expect(changes).toMatchObject({ to: { version: 2, editorName: "Rina Editor" }, changed: true });
  });

  it("has nothing to show before an editor touched the text", async () => {
    const id = await submitted();
    expect((await getEditorChanges(writer, id)).changes).toBeNull();
    const never = await createArticle({ status: "DRAFT", writerId: writer.id });
    expect((await getEditorChanges(writer, never.id)).changes).toBeNull();
  });

  it("is the article's writer's (and the desk's), hidden from other writers", async () => {
    const id = await submitted();
    await editorSaves(id, EDITED);
    expect((await getEditorChanges(editor, id)).changes?.changed).toBe(true);
    await expect(getEditorChanges(null, id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(
      getEditorChanges(asActor(await createUser({ tier: "VERIFIED" })), id),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getEditorChanges(writer, "tidak-ada")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
