import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logIn, logInSchema } from "@/lib/auth/log-in";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { SECURE_COOKIES, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-cookie";

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
    sv?: number;
  }
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Follow SITE_URL like lib/auth/session-cookie.ts does, so both name the cookie the same way.
  useSecureCookies: SECURE_COOKIES,
  pages: { signIn: "/masuk" },
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
          if (error instanceof AppError) return null;
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const row = await db.user.findUnique({
          where: { id: user.id },
          select: { sessionVersion: true },
        });
        token.uid = user.id;
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
