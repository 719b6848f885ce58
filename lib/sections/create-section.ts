import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import { checkSectionSlug } from "@/lib/sections/check-section-slug";
import {
  descriptionSchema,
  optionalIdSchema,
  optionalSlugSchema,
  slugOrFromName,
  taxonomyNameSchema,
} from "@/lib/sections/taxonomy-fields";

export const createSectionSchema = z.object({
  name: taxonomyNameSchema,
  slug: optionalSlugSchema,
  description: descriptionSchema.default(""),
  parentId: optionalIdSchema,
});
export type CreateSectionInput = z.input<typeof createSectionSchema>;

/** A new section, last in its menu; with a parent it is a sub-section (one level deep). */
export async function createSection(
  actor: Actor | null,
  input: CreateSectionInput,
): Promise<{ id: string; slug: string; tags: string[] }> {
  authorize(actor, "section:manage", undefined);
  const { name, description, parentId, ...rest } = createSectionSchema.parse(input);
  const slug = slugOrFromName(rest.slug, name);
  return db.$transaction(async (tx) => {
    if (parentId) {
      const parent = await tx.section.findUnique({
        where: { id: parentId },
        select: { parentId: true },
      });
      if (!parent)
        throw new AppError("INVALID", "Rubrik induk tidak ditemukan.", {
          fieldErrors: { parentId: ["Rubrik induk tidak ditemukan."] },
        });
      // URLs have two levels (/news/dunia); a third would need a route that does not exist.
      if (parent.parentId)
        throw new AppError("INVALID", "Sub-rubrik tidak dapat memiliki sub-rubrik.", {
          fieldErrors: { parentId: ["Pilih rubrik utama sebagai induk."] },
        });
    }
    await checkSectionSlug(tx, slug);
    const last = await tx.section.aggregate({
      where: { parentId: parentId ?? null },
      _max: { position: true },
    });
    const section = await tx.section.create({
      data: {
        name,
        slug,
        description,
        parentId: parentId ?? null,
        position: (last._max.position ?? -1) + 1,
      },
      select: { id: true, slug: true },
    });
    // The slug belongs to this section now; an old redirect from it would never be reached again.
    await tx.slugRedirect.deleteMany({ where: { kind: "SECTION", oldSlug: slug } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "section.create",
      targetType: "Section",
      targetId: section.id,
      after: { name, slug, description, parentId: parentId ?? null },
    });
    return { ...section, tags: [tags.sections, tags.articles] };
  });
}
