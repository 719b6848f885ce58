import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logIn, logInSchema } from "@/lib/auth/log-in";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { WINDOW_SECONDS } from "@/lib/rate-limit/policy";
import { SUSPENDED_ERROR_PARAM, throttledErrorParam } from "@/lib/auth/log-in-errors";
import { SECURE_COOKIES, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-cookie";
import { closeSessionRow, openSessionRow } from "@/lib/auth/session-rows";

// next-auth v4 with credentials keeps sessions in signed JWT cookies. The token carries the user id
// and the user's sessionVersion at sign-in; lib/auth/session.ts compares it with the database on
// every read, so changing the password or suspending the account ends every session at once.

declare module "next-auth" {
  interface Session {
    user: { id: string; name?: string | null; email?: string | null };
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    /** The session's row (lib/auth/session-rows.ts); log-out deletes it. */
    sid?: string;
    sv?: number;
  }
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Follow SITE_URL like lib/auth/session-cookie.ts does, so both name the cookie the same way.
  useSecureCookies: SECURE_COOKIES,
  // Every next-auth error lands on the log-in page, which says what it means (?error=…).
  pages: { signIn: "/masuk", error: "/masuk" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Kata sandi", type: "password" },
      },
      // The app signs in through POST /api/sesi/masuk; this callback stays reachable at
      // /api/auth/callback/credentials, so it runs the same throttled verb instead of a bypass.
      async authorize(credentials, req) {
        const parsed = logInSchema.safeParse({
          email: credentials?.email,
          password: credentials?.password,
        });
        if (!parsed.success) return null;
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers ?? {}))
          if (typeof value === "string") headers.set(name, value);
        try {
          const user = await logIn(parsed.data, { ip: clientIp(headers) });
          return { id: user.id, email: user.email, name: user.displayName };
        } catch (error) {
          // next-auth puts a thrown message in ?error=: the log-in page turns these two into the
          // same words POST /api/sesi/masuk answers (lib/auth/log-in-errors.ts).
          if (error instanceof AppError && error.code === "TOO_MANY_REQUESTS")
            throw new Error(
              throttledErrorParam(Number(error.details?.retryAfterSeconds ?? WINDOW_SECONDS)),
            );
          if (error instanceof AppError && error.code === "FORBIDDEN")
            throw new Error(SUSPENDED_ERROR_PARAM);
          if (error instanceof AppError) return null;
          throw error;
        }
      },
    }),
  ],
  // next-auth's own sign-out (POST /api/auth/signout) ends the session's row like ours does.
  events: {
    async signOut({ token }) {
      await closeSessionRow(token?.sid);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const row = await db.user.findUnique({
          where: { id: user.id },
          select: { sessionVersion: true },
        });
        token.uid = user.id;
        token.sid = await openSessionRow(user.id);
        token.sv = row?.sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { id: token.uid ?? "", name: session.user?.name, email: session.user?.email };
      return session;
    },
  },
};
