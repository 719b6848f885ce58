import "server-only";
import { db } from "@/lib/db";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";

export type NavigationSection = {
  id: string;
  slug: string;
  name: string;
  href: string;
  children: { slug: string; name: string; href: string }[];
};

async function loadNavigation(): Promise<NavigationSection[]> {
  const sections = await db.section.findMany({
    where: { parentId: null },
    orderBy: { position: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      children: { select: { slug: true, name: true }, orderBy: { position: "asc" } },
    },
  });
  return sections.map((s) => ({
    ...s,
    href: `/${s.slug}`,
    children: s.children.map((c) => ({ ...c, href: `/${s.slug}/${c.slug}` })),
  }));
}

/** The top-level sections with their sub-sections, in menu order. */
export const listNavigationSections = cached(loadNavigation, "navigation", () => [tags.sections]);
