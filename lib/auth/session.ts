import "server-only";
import { cache } from "react";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type SessionUser = Actor & {
  displayName: string;
  username: string;
  email: string;
  emailVerifiedAt: Date | null;
  avatarUrl: string | null;
};

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

async function readToken() {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  return decode({ token: raw, secret: env.NEXTAUTH_SECRET }).catch(() => null);
}

/**
 * The signed-in user for this request, or null. Read once per request (React cache). A token whose
 * session row is gone (logged out) or expired, whose session version is older than the user's, or
 * of a suspended user, counts as signed out. Tokens from before session rows existed carry no `sid`
 * and count as signed out too: those browsers log in once more.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readToken();
  if (!token?.uid || !token.sid) return null;
  const session = await db.session.findUnique({
    where: { id: token.sid },
    select: { userId: true, expiresAt: true },
  });
  if (!session || session.userId !== token.uid || session.expiresAt <= new Date()) return null;
  const user = await db.user.findUnique({
    where: { id: token.uid },
    select: {
      id: true,
      role: true,
      tier: true,
      suspendedAt: true,
      sessionVersion: true,
      displayName: true,
      username: true,
      email: true,
      emailVerifiedAt: true,
      avatarUrl: true,
    },
  });
  if (!user || user.suspendedAt || user.sessionVersion !== (token.sv ?? 0)) return null;
  return {
    id: user.id,
    role: user.role,
    tier: user.tier,
    suspendedAt: user.suspendedAt,
    displayName: user.displayName,
    username: user.username,
    email: user.email,
    emailVerifiedAt: user.emailVerifiedAt,
    avatarUrl: user.avatarUrl,
  };
});

/** The acting user for domain verbs (null when signed out). */
export async function getActor(): Promise<Actor | null> {
  return getSessionUser();
}
