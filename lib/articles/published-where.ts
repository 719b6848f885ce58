import type { Prisma } from "@/lib/db";

export type PublishedFilter = {
  /** A section includes the articles of its sub-sections. */
  sectionId?: string;
  topicId?: string;
  writerId?: string;
};

/** Published articles only, narrowed to a section (with its sub-sections), a topic or a writer. */
export function publishedWhere(filter: PublishedFilter): Prisma.ArticleWhereInput {
  return {
    status: "PUBLISHED",
    ...(filter.sectionId && {
      OR: [{ sectionId: filter.sectionId }, { section: { parentId: filter.sectionId } }],
    }),
    ...(filter.topicId && { topics: { some: { topicId: filter.topicId } } }),
    ...(filter.writerId && { writerId: filter.writerId }),
  };
}
