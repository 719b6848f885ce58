import "server-only";
import { randomBytes } from "node:crypto";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { documentJson, emptyDocument } from "@/lib/articles/document-schema";

/** Starts an empty draft in the first section; the slug is a placeholder until publication. */
export async function createDraft(actor: Actor | null) {
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
      body: documentJson(emptyDocument),
      sectionId: section.id,
      writerId: actor.id,
      lastEditedById: actor.id,
      status: "DRAFT",
    },
    select: { id: true },
  });
  return draft;
}
