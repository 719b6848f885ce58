import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { db, Prisma } from "@/lib/db";
import type { Role, WriterTier } from "@/lib/generated/prisma/enums";
import { pageCount, type Page } from "@/lib/pagination";

export const WRITERS_PAGE_SIZE = 25;

export const listWritersSchema = z.object({
  query: z.string().trim().max(100).default(""),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type ListWritersInput = z.input<typeof listWritersSchema>;

export type WriterRow = {
  id: string;
  displayName: string;
  username: string;
  email: string;
  role: Role;
  tier: WriterTier;
  verifiedAt: Date | null;
  verifiedBy: string | null;
  suspendedAt: Date | null;
  joinedAt: Date;
  /** Articles that reached the desk (anything but a draft). */
  submitted: number;
  published: number;
  rejected: number;
  /** Median of reviewedAt − submittedAt over their reviewed articles; null before the first decision. */
  medianReviewSeconds: number | null;
};

type StatsRow = {
  writerId: string;
  submitted: number;
  published: number;
  rejected: number;
  median: number | null;
};

async function statsFor(ids: string[]) {
  if (!ids.length) return new Map<string, StatsRow>();
  // A resubmitted article waiting again has submittedAt after its last reviewedAt: not a review time.
  const rows = await db.$queryRaw<StatsRow[]>`
    SELECT "writerId",
      count(*) FILTER (WHERE status <> 'DRAFT')::int AS submitted,
      count(*) FILTER (WHERE status = 'PUBLISHED')::int AS published,
      count(*) FILTER (WHERE status = 'REJECTED')::int AS rejected,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM ("reviewedAt" - "submittedAt")))
        FILTER (WHERE "reviewedAt" >= "submittedAt"))::float8 AS median
    FROM "Article" WHERE "writerId" IN (${Prisma.join(ids)})
    GROUP BY "writerId"`;
  return new Map(rows.map((row) => [row.writerId, row]));
}

/** Every account for the desk's people page, by name, searchable by name, username or email. */
export async function listWriters(
  actor: Actor | null,
  input: ListWritersInput = {},
): Promise<Page<WriterRow>> {
  authorize(actor, "desk:enter", undefined);
  const { query, page } = listWritersSchema.parse(input);
  const where: Prisma.UserWhereInput = query
    ? {
        OR: [
          { displayName: { contains: query, mode: "insensitive" } },
          { email: { contains: query, mode: "insensitive" } },
          { username: { contains: query, mode: "insensitive" } },
        ],
      }
    : {};
  const [users, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ displayName: "asc" }, { id: "asc" }],
      skip: (page - 1) * WRITERS_PAGE_SIZE,
      take: WRITERS_PAGE_SIZE,
      select: {
        id: true,
        displayName: true,
        username: true,
        email: true,
        role: true,
        tier: true,
        verifiedAt: true,
        suspendedAt: true,
        createdAt: true,
        verifiedBy: { select: { displayName: true } },
      },
    }),
    db.user.count({ where }),
  ]);
  const stats = await statsFor(users.map((user) => user.id));
  return {
    items: users.map((user) => {
      const row = stats.get(user.id);
      return {
        id: user.id,
        displayName: user.displayName,
        username: user.username,
        email: user.email,
        role: user.role,
        tier: user.tier,
        verifiedAt: user.verifiedAt,
        verifiedBy: user.verifiedBy?.displayName ?? null,
        suspendedAt: user.suspendedAt,
        joinedAt: user.createdAt,
        submitted: row?.submitted ?? 0,
        published: row?.published ?? 0,
        rejected: row?.rejected ?? 0,
        medianReviewSeconds: row?.median ?? null,
      };
    }),
    page,
    pageCount: pageCount(total, WRITERS_PAGE_SIZE),
    total,
  };
}
