import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { RESERVED_SECTION_SLUGS } from "@/lib/sections/taxonomy-fields";

type Reader = {
  section: Pick<Db["section"], "findFirst">;
  article: Pick<Db["article"], "findUnique">;
};

const invalidSlug = (message: string) =>
  new AppError("INVALID", message, { fieldErrors: { slug: [message] } });

/**
 * Refuses a section slug that another section holds, that a route of the app answers at, or that
 * an article holds: /news/{x} is looked up as a sub-section before an article, so a sub-section
 * sharing an article's slug would hide the article.
 */
export async function checkSectionSlug(
  tx: Reader,
  slug: string,
  sectionId?: string,
): Promise<void> {
  if (RESERVED_SECTION_SLUGS.has(slug))
    throw invalidSlug("Slug ini dipakai oleh halaman Warta. Pilih yang lain.");
  const section = await tx.section.findFirst({
    where: { slug, ...(sectionId ? { NOT: { id: sectionId } } : {}) },
    select: { id: true },
  });
  if (section) throw invalidSlug("Slug ini sudah dipakai rubrik lain.");
  const article = await tx.article.findUnique({ where: { slug }, select: { id: true } });
  if (article) throw invalidSlug("Slug ini sudah dipakai sebuah artikel.");
}
