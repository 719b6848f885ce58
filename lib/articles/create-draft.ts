import "server-only";
import { randomBytes } from "node:crypto";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { documentJson, documentSchema } from "@/lib/articles/document-schema";
import { DRAFT_TEMPLATES, templateDocument } from "@/lib/articles/draft-templates";

/**
 * Starts a draft in the first section, empty or from a template (narrative, listicle); the slug is
 * a placeholder until publication.
 */
export async function createDraft(actor: Actor | null, template: unknown = "kosong") {
  authorize(actor, "article:create", undefined);
  const section = await db.section.findFirst({
    where: { parentId: null },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  if (!section) throw new Error("No sections exist: seed or create one first");
  const draft = await db.article.create({
    data: {
      title: "",
      slug: `draf-${randomBytes(8).toString("hex")}`,
      body: documentJson(
        documentSchema.parse(
          templateDocument(DRAFT_TEMPLATES.find((t) => t === template) ?? "kosong"),
        ),
      ),
      sectionId: section.id,
      writerId: actor.id,
      lastEditedById: actor.id,
      status: "DRAFT",
    },
    select: { id: true },
  });
  return draft;
}
