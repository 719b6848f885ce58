import { beforeEach, describe, expect, it } from "vitest";
import { withDateline } from "@/lib/articles/dateline";
import { withReadAlsoTitles } from "@/lib/articles/with-read-also-titles";
import type { ArticleDocument } from "@/lib/articles/document-schema";
import { createArticle, createUser, resetDatabase } from "@/test/factories";
import { asActor } from "@/test/review-fixtures";

beforeEach(resetDatabase);

const readAlso = (...ids: string[]): ArticleDocument => ({
  type: "doc",
  content: ids.map((articleId) => ({ type: "readAlso", attrs: { articleId } })),
});
const titlesOf = (doc: ArticleDocument) =>
  doc.content.map((node) =>
    node.type === "readAlso" ? (node.attrs as { title?: string }).title : undefined,
  );

describe("withReadAlsoTitles", () => {
  it("shows titles of published articles and the viewer's own, never another writer's draft", async () => {
    const viewer = asActor(await createUser());
    const published = await createArticle({ title: "Judul Terbit", status: "PUBLISHED" });
    const ownDraft = await createArticle({
      title: "Draf Saya",
      status: "DRAFT",
      writerId: viewer.id,
    });
    const foreignDraft = await createArticle({ title: "Draf Rahasia Orang Lain", status: "DRAFT" });
    const doc = await withReadAlsoTitles(
      viewer,
      readAlso(published.id, ownDraft.id, foreignDraft.id, "tidak-ada"),
    );
    expect(titlesOf(doc)).toEqual([
      "Judul Terbit",
      "Draf Saya",
      "(artikel tidak tersedia)",
      "(artikel tidak tersedia)",
    ]);
  });
});

describe("withDateline", () => {
  it("puts user text in literally: `$&` and friends are not replacement patterns", () => {
    expect(withDateline("<p>Isi.</p>", "Bandung $& tag $1 $` $'", "Warta")).toBe(
      `<p><span class="dateline">Bandung $&amp; tag $1 $\` $&#39;, Warta - </span>Isi.</p>`,
    );
    expect(withDateline("<h2>X</h2>", "Solo", "Warta")).toBe(
      `<p><span class="dateline">Solo, Warta - </span></p><h2>X</h2>`,
    );
  });
});
