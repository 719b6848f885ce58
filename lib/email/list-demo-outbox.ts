import "server-only";
import { db } from "@/lib/db";
import { isDemo } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/can";

export type OutboxItem = {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  sentAt: string | null;
  error: string | null;
};

/**
 * The newest outbox messages this viewer may see, for the demo's /kotak-surat page (the demo sends
 * no real email, so a person or an e2e test follows links from here): admins see all, anyone else
 * only the messages their own browser caused (`grantedIds`, lib/email/outbox-viewer.ts). Outside
 * the demo it does not exist: the outbox holds other people's reset links.
 */
export async function listDemoOutbox(
  actor: Actor | null,
  grantedIds: string[],
  { demo = isDemo, limit = 50 }: { demo?: boolean; limit?: number } = {},
): Promise<OutboxItem[]> {
  if (!demo) throw new AppError("NOT_FOUND", "Halaman tidak ditemukan.");
  const admin = actor?.role === "ADMIN" && !actor.suspendedAt;
  if (!admin && grantedIds.length === 0) return [];
  const rows = await db.outboxEmail.findMany({
    where: admin ? undefined : { id: { in: grantedIds } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map((row) => ({
    id: row.id,
    to: row.to,
    subject: row.subject,
    text: row.text,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    error: row.error,
  }));
}
