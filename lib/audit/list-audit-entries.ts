import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { db, Prisma } from "@/lib/db";
import { pageCount, type Page } from "@/lib/pagination";

export const AUDIT_PAGE_SIZE = 50;

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max).optional());
const day = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal tidak valid.")
    .optional(),
);

export const auditFilterSchema = z.object({
  action: optionalText(80),
  /** Part of the actor's name, username or email, or their exact id. */
  actor: optionalText(100),
  targetType: optionalText(40),
  targetId: optionalText(64),
  /** Calendar days in Jakarta (WIB), inclusive. */
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type AuditFilter = z.input<typeof auditFilterSchema>;

export type AuditEntryView = {
  id: string;
  createdAt: Date;
  action: string;
  actor: { id: string; displayName: string; email: string } | null;
  /** Set when the row names an actor that no longer exists. */
  actorId: string | null;
  targetType: string;
  targetId: string;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
};

export type AuditPage = Page<AuditEntryView> & { actions: string[]; targetTypes: string[] };

const startOfDayWib = (date: string) => new Date(`${date}T00:00:00.000+07:00`);
const endOfDayWib = (date: string) => new Date(`${date}T23:59:59.999+07:00`);

function whereOf(filter: z.output<typeof auditFilterSchema>): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {};
  if (filter.action) where.action = filter.action;
  if (filter.targetType) where.targetType = filter.targetType;
  if (filter.targetId) where.targetId = filter.targetId;
  if (filter.actor) {
    const text = filter.actor;
    where.OR = [
      { actorId: text },
      {
        actor: {
          OR: [
            { displayName: { contains: text, mode: "insensitive" } },
            { username: { contains: text, mode: "insensitive" } },
            { email: { contains: text, mode: "insensitive" } },
          ],
        },
      },
    ];
  }
  if (filter.from || filter.to)
    where.createdAt = {
      ...(filter.from ? { gte: startOfDayWib(filter.from) } : {}),
      ...(filter.to ? { lte: endOfDayWib(filter.to) } : {}),
    };
  return where;
}

/** The audit log for admins, newest first, filtered; read-only (the table refuses UPDATE and DELETE). */
export async function listAuditEntries(
  actor: Actor | null,
  input: AuditFilter = {},
): Promise<AuditPage> {
  authorize(actor, "audit:read", undefined);
  const filter = auditFilterSchema.parse(input);
  const where = whereOf(filter);
  const [rows, total, actions, targetTypes] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        action: true,
        actorId: true,
        targetType: true,
        targetId: true,
        before: true,
        after: true,
        actor: { select: { id: true, displayName: true, email: true } },
      },
    }),
    db.auditLog.count({ where }),
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditLog.groupBy({ by: ["targetType"], orderBy: { targetType: "asc" } }),
  ]);
  return {
    items: rows.map((row) => ({ ...row, id: row.id.toString() })),
    page: filter.page,
    pageCount: pageCount(total, AUDIT_PAGE_SIZE),
    total,
    actions: actions.map((row) => row.action),
    targetTypes: targetTypes.map((row) => row.targetType),
  };
}
