import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { closeSessionRow, openSessionRow, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-rows";

// Log-in and password reset issue the session themselves (they need to answer 429 and field
// errors, which next-auth's credentials callback cannot; sign-up signs nobody in). The token is made and read only by
// next-auth's own `encode`/`decode` (next-auth/jwt) with the same secret, cookie name and claims, so
// getServerSession, /api/auth/session and lib/auth/session.ts all accept it; only setting the cookie
// is ours, because next-auth v4 has no API that issues a session from a route handler. Every
// session also has a row (claim `sid`, lib/auth/session-rows.ts) that log-out deletes.

export { SESSION_MAX_AGE_SECONDS };
/** next-auth switches to the __Secure- prefix on https; auth-options.ts follows SITE_URL the same way. */
export const SECURE_COOKIES = env.SITE_URL.startsWith("https://");
export const SESSION_COOKIE_NAME = SECURE_COOKIES
  ? "__Secure-next-auth.session-token"
  : "next-auth.session-token";

export type SessionSubject = {
  id: string;
  email: string;
  displayName: string;
  sessionVersion: number;
};

/** Signs the current browser in as `user` (server actions and route handlers only). */
export async function issueSession(user: SessionSubject): Promise<void> {
  const token = await encode({
    token: {
      uid: user.id,
      sid: await openSessionRow(user.id),
      sv: user.sessionVersion,
      sub: user.id,
      name: user.displayName,
      email: user.email,
    },
    secret: env.NEXTAUTH_SECRET,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const jar = await cookies();
  jar.set(SESSION_COOKIE_NAME, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: SECURE_COOKIES,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

/**
 * Signs the current browser out: the session's row is deleted (a copy of the cookie is worthless
 * from now on), then both cookie names are cleared, in case SITE_URL changed scheme since sign-in.
 */
export async function clearSession(): Promise<void> {
  const jar = await cookies();
  for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) {
    const raw = jar.get(name)?.value;
    if (!raw) continue;
    const token = await decode({ token: raw, secret: env.NEXTAUTH_SECRET }).catch(() => null);
    await closeSessionRow(token?.sid);
    jar.set(name, "", {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: name.startsWith("__Secure-") || SECURE_COOKIES,
      maxAge: 0,
    });
  }
}
