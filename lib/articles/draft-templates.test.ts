import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/articles/create-draft";
import { documentSchema } from "@/lib/articles/document-schema";
import { documentSections } from "@/lib/articles/render-document";
import { createSection, createUser } from "@/test/factories";

describe("draft templates", () => {
  it("starts a listicle with numbered sections, a narrative with guiding paragraphs, or empty", async () => {
    await createSection({ position: -1000 });
    const user = await createUser();
    const actor = { id: user.id, role: user.role, tier: user.tier, suspendedAt: null };
    const body = async (template: unknown) => {
      const { id } = await createDraft(actor, template);
      const row = await db.article.findUniqueOrThrow({ where: { id }, select: { body: true } });
      return documentSchema.parse(row.body);
    };
    const listicle = await body("listicle");
    expect(documentSections(listicle).map((s) => [s.number, s.title])).toEqual([
      [1, "Judul poin pertama"],
      [2, "Judul poin kedua"],
      [3, "Judul poin ketiga"],
      [4, "Judul poin keempat"],
      [5, "Judul poin kelima"],
    ]);
    const narrative = await body("narasi");
    expect(narrative.content.map((n) => n.type)).toEqual(Array(4).fill("paragraph"));
    expect((await body("kosong")).content).toEqual([]);
    expect((await body("<script>")).content).toEqual([]);
  });
});
