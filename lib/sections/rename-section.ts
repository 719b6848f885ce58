import "server-only";
import type { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import { checkSectionSlug } from "@/lib/sections/check-section-slug";
import { fieldChanges, redirectOldSlug } from "@/lib/sections/rename-helpers";
import { renameFieldsSchema } from "@/lib/sections/taxonomy-fields";

export const renameSectionSchema = renameFieldsSchema;
export type RenameSectionInput = z.input<typeof renameSectionSchema>;

/**
 * Renames a section and/or changes its slug. A changed slug leaves a SECTION redirect behind, so
 * old links (the section page, and its articles, whose page corrects the section part of the URL)
 * keep working. Readers see the change once the returned tags are revalidated.
 */
export async function renameSection(
  actor: Actor | null,
  input: RenameSectionInput,
): Promise<{ slug: string; tags: string[] }> {
  authorize(actor, "section:manage", undefined);
  const { id, name, slug, description } = renameSectionSchema.parse(input);
  return db.$transaction(async (tx) => {
    const section = await tx.section.findUnique({
      where: { id },
      select: { name: true, slug: true, description: true },
    });
    if (!section) throw new AppError("NOT_FOUND", "Rubrik tidak ditemukan.");
    const next = { name, slug, description: description ?? section.description };
    const { changed, before, after } = fieldChanges(section, next);
    if (!changed.length) return { slug, tags: [] };

    if (slug !== section.slug) {
      await checkSectionSlug(tx, slug, id);
      await redirectOldSlug(tx, "SECTION", section.slug, slug, id);
    }
    await tx.section.update({ where: { id }, data: next, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "section.rename",
      targetType: "Section",
      targetId: id,
      before,
      after,
    });
    return { slug, tags: [tags.sections, tags.articles] };
  });
}
