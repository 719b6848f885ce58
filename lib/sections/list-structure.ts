import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";

export type TaxonomySection = {
  id: string;
  name: string;
  slug: string;
  description: string;
  href: string;
  articleCount: number;
  parentId: string | null;
};
export type TaxonomyTopic = {
  id: string;
  name: string;
  slug: string;
  description: string;
  articleCount: number;
};
export type Taxonomy = { sections: TaxonomySection[]; topics: TaxonomyTopic[] };

/** Sections in menu order (each top-level one followed by its sub-sections) and topics by name, with article counts. */
export async function listTaxonomy(actor: Actor | null): Promise<Taxonomy> {
  authorize(actor, "section:manage", undefined);
  authorize(actor, "topic:manage", undefined);
  const [tops, topics] = await Promise.all([
    db.section.findMany({
      where: { parentId: null },
      orderBy: { position: "asc" },
      select: {
        id: true,
        name: true,
        slug: true,
        description: true,
        _count: { select: { articles: true } },
        children: {
          orderBy: { position: "asc" },
          select: {
            id: true,
            name: true,
            slug: true,
            description: true,
            _count: { select: { articles: true } },
          },
        },
      },
    }),
    db.topic.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        slug: true,
        description: true,
        _count: { select: { articles: true } },
      },
    }),
  ]);
  return {
    sections: tops.flatMap(({ children, _count, ...top }) => [
      { ...top, href: `/${top.slug}`, articleCount: _count.articles, parentId: null },
      ...children.map(({ _count: childCount, ...child }) => ({
        ...child,
        href: `/${top.slug}/${child.slug}`,
        articleCount: childCount.articles,
        parentId: top.id,
      })),
    ]),
    topics: topics.map(({ _count, ...topic }) => ({ ...topic, articleCount: _count.articles })),
  };
}
