/** Top-level sections live at /{slug}, sub-sections at /{parent}/{slug}. */
export function sectionHref(section: { slug: string; parent: { slug: string } | null }) {
  return section.parent ? `/${section.parent.slug}/${section.slug}` : `/${section.slug}`;
}
