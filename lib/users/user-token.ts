import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type Db } from "@/lib/db";
import type { TokenKind } from "@/lib/generated/prisma/enums";

// One-time tokens for emailed links. The token travels only in the link; the database keeps its
// SHA-256, so a leaked table cannot be turned back into working links.

export const TOKEN_TTL_SECONDS: Record<TokenKind, number> = {
  VERIFY_EMAIL: 48 * 3600,
  RESET_PASSWORD: 3600,
};

type TokenWriter = { userToken: Pick<Db["userToken"], "create"> };

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a token row and returns the raw token for the link. */
export async function createUserToken(
  client: TokenWriter,
  userId: string,
  kind: TokenKind,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await client.userToken.create({
    data: {
      userId,
      kind,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + TOKEN_TTL_SECONDS[kind] * 1000),
    },
    select: { id: true },
  });
  return token;
}

export type TokenLookup =
  | { status: "valid"; id: string; userId: string }
  | { status: "invalid" | "expired" | "used"; userId?: string };

/** What a link's token is worth right now, without using it up. */
export async function lookUpUserToken(token: string, kind: TokenKind): Promise<TokenLookup> {
  // Anything that is not one of our tokens is not worth a query.
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { status: "invalid" };
  const row = await db.userToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, kind: true, expiresAt: true, usedAt: true },
  });
  if (!row || row.kind !== kind) return { status: "invalid" };
  if (row.usedAt) return { status: "used", userId: row.userId };
  if (row.expiresAt <= new Date()) return { status: "expired", userId: row.userId };
  return { status: "valid", id: row.id, userId: row.userId };
}
