import "server-only";
import { db } from "@/lib/db";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { sectionHref } from "@/lib/sections/section-href";

export type SectionView = {
  id: string;
  slug: string;
  name: string;
  description: string;
  href: string;
  parent: { slug: string; name: string; href: string } | null;
  children: { slug: string; name: string; href: string }[];
};

export type SectionLookup =
  | { kind: "found"; section: SectionView }
  | { kind: "redirect"; to: string }
  | { kind: "not-found" };

const sectionSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  parent: { select: { slug: true, name: true } },
  children: { select: { slug: true, name: true }, orderBy: { position: "asc" as const } },
};

async function loadSection(path: string[]): Promise<SectionLookup> {
  const slug = path[path.length - 1];
  const section = await db.section.findUnique({ where: { slug }, select: sectionSelect });
  if (!section) {
    const redirect = await db.slugRedirect.findUnique({
      where: { kind_oldSlug: { kind: "SECTION", oldSlug: slug } },
    });
    if (!redirect) return { kind: "not-found" };
    const target = await db.section.findUnique({
      where: { id: redirect.targetId },
      select: sectionSelect,
    });
    return target ? { kind: "redirect", to: sectionHref(target) } : { kind: "not-found" };
  }
  const expected = section.parent ? [section.parent.slug, section.slug] : [section.slug];
  if (expected.join("/") !== path.join("/")) {
    // A sub-section reached without its parent, or under its parent's old slug, moves to its URL;
    // a top-level section under another section's URL is not a page.
    return section.parent ? { kind: "redirect", to: sectionHref(section) } : { kind: "not-found" };
  }
  return {
    kind: "found",
    section: {
      id: section.id,
      slug: section.slug,
      name: section.name,
      description: section.description,
      href: sectionHref(section),
      parent: section.parent && { ...section.parent, href: `/${section.parent.slug}` },
      children: section.children.map((child) => ({
        ...child,
        href: `/${section.slug}/${child.slug}`,
      })),
    },
  };
}

/** Resolves a section URL path (["news"] or ["news", "dunia"]), following renamed slugs. */
export const getSection = cached(loadSection, "section", () => [tags.sections]);
