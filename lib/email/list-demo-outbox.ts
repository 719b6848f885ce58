import "server-only";
import { db } from "@/lib/db";
import { isDemo } from "@/lib/env";
import { AppError } from "@/lib/errors";

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
 * The newest outbox messages, for the demo's /kotak-surat page (the demo sends no real email, so a
 * person or an e2e test follows links from here). Outside the demo it does not exist: the outbox
 * holds other people's reset links.
 */
export async function listDemoOutbox(limit = 50): Promise<OutboxItem[]> {
  if (!isDemo) throw new AppError("NOT_FOUND", "Halaman tidak ditemukan.");
  const rows = await db.outboxEmail.findMany({
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
