import "server-only";
import { db, Prisma } from "@/lib/db";
import type { ListCursor } from "@/lib/pagination";

// The keys (publishedAt, id) of one page of a reader list, read from the list's own index without
// touching the table: sections (with their sub-sections, one index range each, merged), topics,
// writers, or everything. Pages past the middle are read from the oldest end, so the last page
// costs what the first does.

export type ArticleListFilter = {
  /** A section includes the articles of its sub-sections. */
  sectionId?: string;
  topicId?: string;
  writerId?: string;
};

export type ListKey = { id: string; publishedAt: Date };
type Direction = "newest" | "oldest";

function order(direction: Direction, alias = "a") {
  const dir = Prisma.raw(direction === "newest" ? "DESC" : "ASC");
  return Prisma.sql`ORDER BY ${Prisma.raw(alias)}."publishedAt" ${dir}, ${Prisma.raw(alias)}.id ${dir}`;
}

function after(cursor: ListCursor | null, direction: Direction) {
  if (!cursor) return Prisma.empty;
  const at = new Date(cursor.publishedAt);
  return direction === "newest"
    ? Prisma.sql`AND (a."publishedAt", a.id) < (${at}, ${cursor.id})`
    : Prisma.sql`AND (a."publishedAt", a.id) > (${at}, ${cursor.id})`;
}

/** `take` keys after skipping `skip`, in `direction`, optionally past `cursor`. */
export async function listKeys(
  filter: ArticleListFilter,
  {
    skip,
    take,
    direction = "newest",
    cursor = null,
  }: {
    skip: number;
    take: number;
    direction?: Direction;
    cursor?: ListCursor | null;
  },
): Promise<ListKey[]> {
  const seek = after(cursor, direction);
  if (filter.sectionId) {
    // Each (sub-)section is one range of the (sectionId, status, publishedAt, id) index; the merge
    // needs at most skip + take keys from each.
    return db.$queryRaw<ListKey[]>`
      SELECT k.id, k."publishedAt"
      FROM "Section" s
      CROSS JOIN LATERAL (
        SELECT a.id, a."publishedAt" FROM "Article" a
        WHERE a."sectionId" = s.id AND a.status = 'PUBLISHED' ${seek}
        ${order(direction)} LIMIT ${skip + take}
      ) k
      WHERE s.id = ${filter.sectionId} OR s."parentId" = ${filter.sectionId}
      ${order(direction, "k")} OFFSET ${skip} LIMIT ${take}`;
  }
  if (filter.topicId) {
    return db.$queryRaw<ListKey[]>`
      SELECT a.id, a."publishedAt" FROM "ArticleTopic" t JOIN "Article" a ON a.id = t."articleId"
      WHERE t."topicId" = ${filter.topicId} AND a.status = 'PUBLISHED' ${seek}
      ${order(direction)} OFFSET ${skip} LIMIT ${take}`;
  }
  const writer = filter.writerId ? Prisma.sql`AND a."writerId" = ${filter.writerId}` : Prisma.empty;
  return db.$queryRaw<ListKey[]>`
    SELECT a.id, a."publishedAt" FROM "Article" a
    WHERE a.status = 'PUBLISHED' ${writer} ${seek}
    ${order(direction)} OFFSET ${skip} LIMIT ${take}`;
}

/** Published articles in the list, from the trigger-kept ArticleListCount (no row is counted here). */
export async function countList(filter: ArticleListFilter): Promise<number> {
  const keys = filter.sectionId
    ? Prisma.sql`SELECT 's:' || id FROM "Section" WHERE id = ${filter.sectionId} OR "parentId" = ${filter.sectionId}`
    : filter.topicId
      ? Prisma.sql`SELECT ${`t:${filter.topicId}`}`
      : filter.writerId
        ? Prisma.sql`SELECT ${`w:${filter.writerId}`}`
        : Prisma.sql`SELECT 'all'`;
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT coalesce(sum(published), 0)::int AS total FROM "ArticleListCount" WHERE key IN (${keys})`;
  return row?.total ?? 0;
}
