import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DUMMY_HASH, verifyPassword } from "@/lib/auth/password";

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
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/masuk" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Kata sandi", type: "password" } },
      async authorize(credentials) {
        const email = credentials?.email?.trim().toLowerCase();
        const password = credentials?.password ?? "";
        if (!email || !password) return null;
        const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, displayName: true, passwordHash: true, suspendedAt: true } });
        const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
        if (!user || !valid || user.suspendedAt) return null;
        return { id: user.id, email: user.email, name: user.displayName };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const row = await db.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
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
