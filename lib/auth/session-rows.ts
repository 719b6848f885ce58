import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

/** next-auth's session lifetime, and the lifetime of the row that backs each session. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;

/**
 * Starts a server-side session for `userId` and returns its id, which the session cookie carries
 * (claim `sid`). Expired rows of the same user are swept on the way, so the table stays small.
 */
export async function openSessionRow(userId: string): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  const now = Date.now();
  await db.$transaction([
    db.session.deleteMany({ where: { userId, expiresAt: { lt: new Date(now) } } }),
    db.session.create({
      data: { id, userId, expiresAt: new Date(now + SESSION_MAX_AGE_SECONDS * 1000) },
    }),
  ]);
  return id;
}

/** Ends one session for good: its cookie, wherever it was copied to, no longer signs anyone in. */
export async function closeSessionRow(sessionId: string | undefined): Promise<void> {
  if (sessionId) await db.session.deleteMany({ where: { id: sessionId } });
}
