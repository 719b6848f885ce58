import "server-only";
import { db } from "@/lib/db";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { sectionHref } from "@/lib/sections/section-href";

export type PublicSection = {
  slug: string;
  name: string;
  description: string;
  path: string;
  parent: string | null;
};

async function loadPublicSections(): Promise<PublicSection[]> {
  const sections = await db.section.findMany({
    orderBy: [{ parentId: { sort: "asc", nulls: "first" } }, { position: "asc" }, { slug: "asc" }],
    select: { slug: true, name: true, description: true, parent: { select: { slug: true } } },
  });
  return sections.map((s) => ({
    slug: s.slug,
    name: s.name,
    description: s.description,
    path: sectionHref(s),
    parent: s.parent?.slug ?? null,
  }));
}

/** Every section and sub-section, top-level ones first, in menu order. */
export const listPublicSections = cached(loadPublicSections, "public-sections", () => [
  tags.sections,
]);
