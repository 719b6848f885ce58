import "server-only";
import type { Db, Prisma } from "@/lib/db";

/** Anything with the audit delegate: a transaction client (`tx` of `db.$transaction`) or `db` itself. */
export type AuditClient = { auditLog: Pick<Db["auditLog"], "create"> };

export type AuditEntry = {
  /** Null when nobody was signed in (sign-up, password reset by emailed link). */
  actorId: string | null;
  /** "<entity>.<verb>", e.g. "user.signup", "article.submit". */
  action: string;
  targetType: string;
  targetId: string;
  /** Changed fields only. Never passwords, hashes or tokens. */
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/**
 * Appends one row to the audit log. Takes the caller's transaction client so the entry commits or
 * rolls back together with the change it describes (the table itself refuses UPDATE and DELETE).
 */
export async function recordAudit(tx: AuditClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      before: entry.before,
      after: entry.after,
    },
    select: { id: true },
  });
}
